package al.tirana.sporteli.catalog.entity;

import al.tirana.sporteli.deadlines.control.DeadlineRule;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.workflow.entity.WorkflowStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Everything a service version says, as the administrator writes it; checked before it becomes a version. */
public record ServiceTerms(String code, String nameSq, String nameEn, String category, String legalBasis, int feeLek,
                           HandlerKind handlerKind, String handlerDepartment, Set<Channel> channels,
                           DeadlineRule legalDeadline, DeadlineRule serviceTarget, boolean targetPublished,
                           SilenceRule silenceRule, int extensionLimit, boolean emergency,
                           List<RequiredDocument> documents, List<RequiredField> fields, List<WorkflowStep> steps) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,39}");

    /** @throws InvalidInputException naming every field at fault */
    public ServiceTerms validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.put("code", "catalog.code.format");
        }
        if (nameSq == null || nameSq.isBlank()) {
            errors.put("nameSq", "field.required");
        }
        if (nameEn == null || nameEn.isBlank()) {
            errors.put("nameEn", "field.required");
        }
        if (category == null || category.isBlank()) {
            errors.put("category", "field.required");
        }
        if (feeLek < 0) {
            errors.put("feeLek", "catalog.fee.negative");
        }
        if (handlerKind == null) {
            errors.put("handlerKind", "field.required");
        } else if (handlerKind == HandlerKind.DEPARTMENT && (handlerDepartment == null || handlerDepartment.isBlank())) {
            errors.put("handlerDepartment", "catalog.handler.department");
        }
        if (channels == null || channels.isEmpty()) {
            errors.put("channels", "catalog.channels.empty");
        }
        if (serviceTarget == null) {
            errors.put("serviceTarget", "field.required");
        }
        if (silenceRule == null) {
            errors.put("silenceRule", "field.required");
        } else if (silenceRule != SilenceRule.NONE && legalDeadline == null) {
            errors.put("silenceRule", "catalog.silence.needsLegalDeadline");
        }
        if (extensionLimit < 0) {
            errors.put("extensionLimit", "catalog.extension.negative");
        }
        if (steps == null || steps.isEmpty()) {
            errors.put("steps", "catalog.steps.empty");
        } else if (steps.get(steps.size() - 1).role() != Role.DEPARTMENT_HEAD) {
            errors.put("steps", "catalog.steps.lastIsApproval");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }
}
