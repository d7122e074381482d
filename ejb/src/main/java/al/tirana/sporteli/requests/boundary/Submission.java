package al.tirana.sporteli.requests.boundary;

import al.tirana.sporteli.requests.entity.ApplicantKind;
import java.util.Map;

/**
 * What any channel hands in: the service, the applicant, where it is about, the service's own fields,
 * and optionally the client's idempotency key (a retry with the same key gets the same request).
 */
public record Submission(String serviceCode, ApplicantKind applicantKind, String applicantNumber, String applicantName,
                         String email, String phone, String address, String locality, Double latitude, Double longitude,
                         String description, Map<String, String> fields, String idempotencyKey) {

    public Submission {
        // a field sent without a value (or with one that is not text) counts as not given
        fields = fields == null ? Map.of() : fields.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
