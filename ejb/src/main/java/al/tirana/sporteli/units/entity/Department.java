package al.tirana.sporteli.units.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A central department of the municipality, which handles its services for citizens of every unit. */
@Entity
@Table(name = "department")
@Cacheable
@NamedQuery(name = Department.FIND_ALL, query = "select d from Department d order by d.code")
public class Department {

    public static final String FIND_ALL = "Department.findAll";

    @Id
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 12)
    private String code;

    @Column(name = "name_sq", nullable = false)
    private String nameSq;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Version
    private long version;

    protected Department() {
    }

    public Department(String code, String nameSq, String nameEn) {
        this.code = code;
        this.nameSq = nameSq;
        this.nameEn = nameEn;
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

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameSq;
    }
}
