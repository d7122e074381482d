package al.tirana.sporteli.units.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

@Entity
@Table(name = "administrative_unit")
@Cacheable
@NamedQuery(name = AdministrativeUnit.FIND_ALL, query = "select u from AdministrativeUnit u order by u.ordinal")
@NamedQuery(name = AdministrativeUnit.FIND_BY_CODE, query = "select u from AdministrativeUnit u where u.code = :code")
public class AdministrativeUnit {

    public static final String FIND_ALL = "AdministrativeUnit.findAll";
    public static final String FIND_BY_CODE = "AdministrativeUnit.findByCode";

    @Id
    @SequenceGenerator(name = "administrative_unit_seq", sequenceName = "administrative_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "administrative_unit_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 8)
    private String code;

    @Column(name = "name_sq", nullable = false)
    private String nameSq;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    /** Official order: urban units 1 to 11, then the former communes alphabetically. */
    @Column(nullable = false)
    private int ordinal;

    @Version
    private long version;

    protected AdministrativeUnit() {
    }

    public AdministrativeUnit(UnitCode code, String nameSq, String nameEn, UnitKind kind, int ordinal) {
        this.code = code.value();
        this.nameSq = nameSq;
        this.nameEn = nameEn;
        this.kind = kind;
        this.ordinal = ordinal;
    }

    public UnitCode code() {
        return new UnitCode(code);
    }

    public String nameSq() {
        return nameSq;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The name in the reader's language; Albanian unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameSq;
    }

    public UnitKind kind() {
        return kind;
    }

    public int ordinal() {
        return ordinal;
    }
}
