package al.tirana.sporteli.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who applies, and how to reach them. */
@Embeddable
public class Applicant {

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false, length = 10)
    private ApplicantKind kind;

    /** NID for a person, NIPT for a business; anonymous reports (public-space issues) may have none. */
    @Column(name = "applicant_number", length = 12)
    private String number;

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String name;

    @Column(name = "applicant_email", length = 200)
    private String email;

    @Column(name = "applicant_phone", length = 40)
    private String phone;

    protected Applicant() {
    }

    public Applicant(ApplicantKind kind, String number, String name, String email, String phone) {
        this.kind = kind;
        this.number = number;
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    public ApplicantKind kind() {
        return kind;
    }

    public String number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
