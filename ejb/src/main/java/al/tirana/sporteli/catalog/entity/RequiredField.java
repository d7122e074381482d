package al.tirana.sporteli.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A value the applicant must or may give for this service; Open311 publishes these as attributes. */
@Embeddable
public class RequiredField {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_sq", nullable = false)
    private String nameSq;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false)
    private FieldType type;

    @Column(nullable = false)
    private boolean mandatory;

    protected RequiredField() {
    }

    public RequiredField(String code, String nameSq, String nameEn, FieldType type, boolean mandatory) {
        this.code = code;
        this.nameSq = nameSq;
        this.nameEn = nameEn;
        this.type = type;
        this.mandatory = mandatory;
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

    public FieldType type() {
        return type;
    }

    public boolean mandatory() {
        return mandatory;
    }
}
