package al.tirana.sporteli.web.view.admin;

import static al.tirana.sporteli.web.view.Texts.message;
import static al.tirana.sporteli.web.view.Texts.text;

import al.tirana.sporteli.catalog.boundary.ServiceCatalog;
import al.tirana.sporteli.catalog.entity.HandlerKind;
import al.tirana.sporteli.catalog.entity.RequiredDocument;
import al.tirana.sporteli.catalog.entity.ServiceDefinition;
import al.tirana.sporteli.catalog.entity.ServiceTerms;
import al.tirana.sporteli.catalog.entity.SilenceRule;
import al.tirana.sporteli.deadlines.control.DeadlineRule;
import al.tirana.sporteli.deadlines.control.DeadlineUnit;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.web.api.CallerResolver;
import al.tirana.sporteli.workflow.entity.WorkflowStep;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Backs admin/catalog.xhtml: the services of the one-stop shop, and an editor for one of them: names,
 * fee, channels, deadlines, silence rule, documents and workflow steps. Saving makes a new version;
 * requests already filed keep the version they started with. The service's own form fields are kept.
 */
@Named
@ViewScoped
public class CatalogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A workflow step as the editor holds it. */
    public static class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String nameSq;
        private String nameEn;
        private Role role;
        private Integer amount;
        private DeadlineUnit unit;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getNameSq() { return nameSq; }
        public void setNameSq(String nameSq) { this.nameSq = nameSq; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public Integer getAmount() { return amount; }
        public void setAmount(Integer amount) { this.amount = amount; }
        public DeadlineUnit getUnit() { return unit; }
        public void setUnit(DeadlineUnit unit) { this.unit = unit; }
    }

    /** A required document as the editor holds it; allowed types comma-separated (pdf, jpeg, png). */
    public static class DocumentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String nameSq;
        private String nameEn;
        private boolean mandatory;
        private String types;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getNameSq() { return nameSq; }
        public void setNameSq(String nameSq) { this.nameSq = nameSq; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public boolean isMandatory() { return mandatory; }
        public void setMandatory(boolean mandatory) { this.mandatory = mandatory; }
        public String getTypes() { return types; }
        public void setTypes(String types) { this.types = types; }
    }

    @Inject
    ServiceCatalog catalog;

    @Inject
    CallerResolver callers;

    private String editing;
    private String nameSq;
    private String nameEn;
    private String category;
    private String legalBasis;
    private int feeLek;
    private HandlerKind handlerKind;
    private String handlerDepartment;
    private List<Channel> channels = new ArrayList<>();
    private Integer legalAmount;
    private DeadlineUnit legalUnit;
    private Integer targetAmount;
    private DeadlineUnit targetUnit;
    private boolean targetPublished;
    private SilenceRule silenceRule = SilenceRule.NONE;
    private int extensionLimit;
    private boolean emergency;
    private List<StepRow> steps = new ArrayList<>();
    private List<DocumentRow> documents = new ArrayList<>();
    private transient List<ServiceDefinition> services;

    public List<ServiceDefinition> getServices() {
        if (services == null) {
            services = catalog.current();
        }
        return services;
    }

    public void edit(String code) {
        ServiceTerms t = catalog.current(code).orElseThrow().terms();
        editing = t.code();
        nameSq = t.nameSq();
        nameEn = t.nameEn();
        category = t.category();
        legalBasis = t.legalBasis();
        feeLek = t.feeLek();
        handlerKind = t.handlerKind();
        handlerDepartment = t.handlerDepartment();
        channels = new ArrayList<>(t.channels());
        legalAmount = t.legalDeadline() == null ? null : t.legalDeadline().amount();
        legalUnit = t.legalDeadline() == null ? null : t.legalDeadline().unit();
        targetAmount = t.serviceTarget().amount();
        targetUnit = t.serviceTarget().unit();
        targetPublished = t.targetPublished();
        silenceRule = t.silenceRule();
        extensionLimit = t.extensionLimit();
        emergency = t.emergency();
        steps = new ArrayList<>();
        for (WorkflowStep s : t.steps()) {
            StepRow row = new StepRow();
            row.code = s.code();
            row.nameSq = s.nameSq();
            row.nameEn = s.nameEn();
            row.role = s.role();
            row.amount = s.limit().amount();
            row.unit = s.limit().unit();
            steps.add(row);
        }
        documents = new ArrayList<>();
        for (RequiredDocument d : t.documents()) {
            DocumentRow row = new DocumentRow();
            row.code = d.code();
            row.nameSq = d.nameSq();
            row.nameEn = d.nameEn();
            row.mandatory = d.mandatory();
            row.types = String.join(",", d.allowedTypes());
            documents.add(row);
        }
    }

    public void addStep() {
        StepRow row = new StepRow();
        row.role = Role.UNIT_OFFICER;
        row.amount = 5;
        row.unit = DeadlineUnit.WORKING_DAYS;
        steps.add(steps.isEmpty() ? 0 : steps.size() - 1, row);
    }

    public void removeStep(int index) {
        steps.remove(index);
    }

    public void addDocument() {
        DocumentRow row = new DocumentRow();
        row.mandatory = true;
        row.types = "pdf";
        documents.add(row);
    }

    public void removeDocument(int index) {
        documents.remove(index);
    }

    public void save() {
        try {
            ServiceTerms current = catalog.current(editing).orElseThrow().terms();
            List<WorkflowStep> newSteps = new ArrayList<>();
            for (StepRow s : steps) {
                if (s.amount == null || s.amount <= 0 || s.unit == null || blank(s.code) || blank(s.nameSq) || blank(s.nameEn)) {
                    throw InvalidInputException.of("steps", "catalog.step.incomplete");
                }
                newSteps.add(new WorkflowStep(s.code.strip().toUpperCase(Locale.ROOT), s.nameSq.strip(), s.nameEn.strip(),
                        s.role, new DeadlineRule(s.amount, s.unit)));
            }
            List<RequiredDocument> newDocuments = new ArrayList<>();
            for (DocumentRow d : documents) {
                if (blank(d.code) || blank(d.nameSq) || blank(d.nameEn) || blank(d.types)) {
                    throw InvalidInputException.of("documents", "catalog.document.incomplete");
                }
                newDocuments.add(new RequiredDocument(d.code.strip().toUpperCase(Locale.ROOT), d.nameSq.strip(), d.nameEn.strip(),
                        d.mandatory, Arrays.stream(d.types.split(",")).map(x -> x.strip().toLowerCase(Locale.ROOT))
                        .filter(x -> !x.isEmpty()).toList()));
            }
            if (targetAmount == null || targetAmount <= 0 || targetUnit == null) {
                throw InvalidInputException.of("serviceTarget", "field.required");
            }
            DeadlineRule legal = legalAmount == null || legalUnit == null ? null : new DeadlineRule(legalAmount, legalUnit);
            Set<Channel> offered = channels.isEmpty() ? Set.of() : EnumSet.copyOf(channels);
            ServiceDefinition saved = catalog.define(new ServiceTerms(editing, nameSq, nameEn, category, legalBasis, feeLek,
                    handlerKind, handlerKind == HandlerKind.DEPARTMENT ? handlerDepartment : null, offered, legal,
                    new DeadlineRule(targetAmount, targetUnit), targetPublished, silenceRule, extensionLimit, emergency,
                    newDocuments, current.fields(), newSteps), callers.caller());
            message(FacesMessage.SEVERITY_INFO, MessageFormat.format(text("catalog.saved"), saved.code(), saved.versionNo()), null);
            services = null;
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> message(FacesMessage.SEVERITY_ERROR, text(key), clientId(field)));
        } catch (IllegalArgumentException e) {
            message(FacesMessage.SEVERITY_ERROR, text("catalog.step.incomplete"), null);
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, text("catalog.denied"), null);
        }
    }

    /** The editor's field for a boundary's field name; steps and documents as a whole are reported at the top. */
    private static String clientId(String field) {
        return switch (field) {
            case "nameSq", "nameEn", "category", "feeLek", "handlerDepartment", "channels", "silenceRule", "extensionLimit" ->
                    "editor:" + field;
            case "serviceTarget" -> "editor:targetAmount";
            default -> null;
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }



    public boolean isAdmin() {
        return callers.caller().has(Role.ADMIN);
    }

    public Channel[] getAllChannels() { return Channel.values(); }
    public DeadlineUnit[] getUnits() { return DeadlineUnit.values(); }
    public SilenceRule[] getSilenceRules() { return SilenceRule.values(); }
    public HandlerKind[] getHandlerKinds() { return HandlerKind.values(); }
    public List<Role> getStepRoles() {
        return List.of(Role.DESK_OFFICER, Role.UNIT_OFFICER, Role.DEPARTMENT_OFFICER, Role.DEPARTMENT_HEAD, Role.EMERGENCY_OPERATOR);
    }

    public String getEditing() { return editing; }
    public String getNameSq() { return nameSq; }
    public void setNameSq(String nameSq) { this.nameSq = nameSq; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public int getFeeLek() { return feeLek; }
    public void setFeeLek(int feeLek) { this.feeLek = feeLek; }
    public HandlerKind getHandlerKind() { return handlerKind; }
    public void setHandlerKind(HandlerKind handlerKind) { this.handlerKind = handlerKind; }
    public String getHandlerDepartment() { return handlerDepartment; }
    public void setHandlerDepartment(String handlerDepartment) { this.handlerDepartment = handlerDepartment; }
    public List<Channel> getChannels() { return channels; }
    public void setChannels(List<Channel> channels) { this.channels = channels; }
    public Integer getLegalAmount() { return legalAmount; }
    public void setLegalAmount(Integer legalAmount) { this.legalAmount = legalAmount; }
    public DeadlineUnit getLegalUnit() { return legalUnit; }
    public void setLegalUnit(DeadlineUnit legalUnit) { this.legalUnit = legalUnit; }
    public Integer getTargetAmount() { return targetAmount; }
    public void setTargetAmount(Integer targetAmount) { this.targetAmount = targetAmount; }
    public DeadlineUnit getTargetUnit() { return targetUnit; }
    public void setTargetUnit(DeadlineUnit targetUnit) { this.targetUnit = targetUnit; }
    public boolean isTargetPublished() { return targetPublished; }
    public void setTargetPublished(boolean targetPublished) { this.targetPublished = targetPublished; }
    public SilenceRule getSilenceRule() { return silenceRule; }
    public void setSilenceRule(SilenceRule silenceRule) { this.silenceRule = silenceRule; }
    public int getExtensionLimit() { return extensionLimit; }
    public void setExtensionLimit(int extensionLimit) { this.extensionLimit = extensionLimit; }
    public boolean isEmergency() { return emergency; }
    public void setEmergency(boolean emergency) { this.emergency = emergency; }
    public List<StepRow> getSteps() { return steps; }
    public List<DocumentRow> getDocuments() { return documents; }
}
