package al.tirana.sporteli.requests.control;

import al.tirana.sporteli.catalog.entity.HandlerKind;
import al.tirana.sporteli.catalog.entity.RequiredField;
import al.tirana.sporteli.catalog.entity.ServiceDefinition;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.requests.boundary.Submission;
import al.tirana.sporteli.requests.entity.ApplicantKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every submission meets, whatever the channel: the service is offered there, the applicant
 * is identified and reachable, the location is given where the service works on a place, and the
 * service's own fields are there and of the right type. All faults are reported at once, by field.
 */
public final class IntakeRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{6,15}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-()]");
    /** Categories where a citizen may report without identifying themselves. */
    private static final Set<String> ANONYMOUS_CATEGORIES = Set.of("PUBLIC_SPACE", "EMERGENCY");
    /** The Municipality of Tirana lies within this box; a point outside it is a typing error. */
    static final double MIN_LATITUDE = 41.10;
    static final double MAX_LATITUDE = 41.60;
    static final double MIN_LONGITUDE = 19.50;
    static final double MAX_LONGITUDE = 20.10;

    private IntakeRules() {
    }

    public static void check(Submission s, ServiceDefinition service, Channel channel) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!service.offeredOn(channel)) {
            errors.put("channel", "intake.channel.notOffered");
        }
        applicant(s, service, errors);
        contact(s, errors);
        location(s, service, errors);
        fields(s, service, errors);
        if (s.description() != null && s.description().length() > 4000) {
            errors.put("description", "field.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void applicant(Submission s, ServiceDefinition service, Map<String, String> errors) {
        if (s.applicantKind() == null) {
            errors.put("applicant.kind", "intake.applicant.kind");
            return;
        }
        if (s.applicantName() == null || s.applicantName().isBlank()) {
            errors.put("applicant.name", "field.required");
        } else if (s.applicantName().length() > 200) {
            errors.put("applicant.name", "field.tooLong");
        }
        String number = IdentityNumbers.normalised(s.applicantNumber());
        boolean anonymousAllowed = s.applicantKind() == ApplicantKind.PERSON && ANONYMOUS_CATEGORIES.contains(service.category());
        if (number == null) {
            if (!anonymousAllowed) {
                errors.put("applicant.number", "field.required");
            }
            return;
        }
        numberError(s.applicantKind(), number).ifPresent(key -> errors.put("applicant.number", key));
    }

    private static Optional<String> numberError(ApplicantKind kind, String number) {
        return kind == ApplicantKind.PERSON ? IdentityNumbers.personalNumberError(number) : IdentityNumbers.niptError(number);
    }

    private static void contact(Submission s, Map<String, String> errors) {
        boolean email = s.email() != null && !s.email().isBlank();
        boolean phone = s.phone() != null && !s.phone().isBlank();
        if (!email && !phone) {
            errors.put("applicant.email", "intake.contact.missing");
        }
        if (email && !EMAIL.matcher(s.email().strip()).matches()) {
            errors.put("applicant.email", "intake.email.format");
        }
        if (phone && !PHONE.matcher(PHONE_SEPARATORS.matcher(s.phone()).replaceAll("")).matches()) {
            errors.put("applicant.phone", "intake.phone.format");
        }
    }

    /** Services that work on a place, or that a unit handles, need to know where. */
    private static void location(Submission s, ServiceDefinition service, Map<String, String> errors) {
        boolean needsPlace = service.handlerKind() != HandlerKind.DEPARTMENT
                || ANONYMOUS_CATEGORIES.contains(service.category())
                || service.steps().stream().anyMatch(step -> step.role() == Role.UNIT_OFFICER);
        boolean hasText = (s.address() != null && !s.address().isBlank()) || (s.locality() != null && !s.locality().isBlank());
        if ((s.latitude() == null) != (s.longitude() == null)) {
            errors.put(s.latitude() == null ? "location.latitude" : "location.longitude", "intake.location.partial");
            return;
        }
        boolean hasPoint = s.latitude() != null;
        if (hasPoint && (s.latitude() < MIN_LATITUDE || s.latitude() > MAX_LATITUDE
                || s.longitude() < MIN_LONGITUDE || s.longitude() > MAX_LONGITUDE)) {
            errors.put("location.latitude", "intake.location.outside");
        }
        if (needsPlace && !hasText && !hasPoint) {
            errors.put("location", "intake.location.missing");
        }
        if (s.address() != null && s.address().length() > 300) {
            errors.put("location.address", "field.tooLong");
        }
    }

    private static void fields(Submission s, ServiceDefinition service, Map<String, String> errors) {
        for (String given : s.fields().keySet()) {
            if (service.fields().stream().noneMatch(f -> f.code().equals(given))) {
                errors.put("fields." + given, "intake.field.unknown");
            }
        }
        for (RequiredField field : service.fields()) {
            String value = s.fields().get(field.code());
            if (value == null || value.isBlank()) {
                if (field.mandatory()) {
                    errors.put("fields." + field.code(), "field.required");
                }
                continue;
            }
            String v = value.strip();
            switch (field.type()) {
                case NUMBER -> {
                    try {
                        new BigDecimal(v);
                    } catch (NumberFormatException e) {
                        errors.put("fields." + field.code(), "intake.field.number");
                    }
                }
                case DATE -> {
                    try {
                        LocalDate.parse(v);
                    } catch (DateTimeParseException e) {
                        errors.put("fields." + field.code(), "intake.field.date");
                    }
                }
                case BOOLEAN -> {
                    if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                        errors.put("fields." + field.code(), "intake.field.boolean");
                    }
                }
                case TEXT -> {
                    if (v.length() > 1000) {
                        errors.put("fields." + field.code(), "field.tooLong");
                    }
                }
            }
        }
    }
}
