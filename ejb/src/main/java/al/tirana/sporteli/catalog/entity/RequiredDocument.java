package al.tirana.sporteli.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** A document the applicant brings, with the file types accepted for it. */
@Embeddable
public class RequiredDocument {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_sq", nullable = false)
    private String nameSq;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private boolean mandatory;

    /** Comma-separated lower-case extensions: pdf, jpeg, png. */
    @Column(name = "allowed_types", nullable = false, length = 100)
    private String allowedTypes;

    protected RequiredDocument() {
    }

    public RequiredDocument(String code, String nameSq, String nameEn, boolean mandatory, List<String> allowedTypes) {
        this.code = code;
        this.nameSq = nameSq;
        this.nameEn = nameEn;
        this.mandatory = mandatory;
        this.allowedTypes = String.join(",", allowedTypes);
    }

    public String code() {
        return code;
    }

    public String nameSq() {
        return nameSq;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public List<String> allowedTypes() {
        return Arrays.asList(allowedTypes.split(","));
    }
}
