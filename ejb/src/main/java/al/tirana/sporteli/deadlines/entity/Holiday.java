package al.tirana.sporteli.deadlines.entity;

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
import java.time.LocalDate;

/** A public holiday: no working day, so no deadline counts it or ends on it. */
@Entity
@Table(name = "holiday")
@NamedQuery(name = Holiday.FIND_ALL, query = "select h from Holiday h order by h.day")
@NamedQuery(name = Holiday.FIND_BY_DAY, query = "select h from Holiday h where h.day = :day")
public class Holiday {

    public static final String FIND_ALL = "Holiday.findAll";
    public static final String FIND_BY_DAY = "Holiday.findByDay";

    @Id
    @SequenceGenerator(name = "holiday_seq", sequenceName = "holiday_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_seq")
    private Long id;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate day;

    @Column(name = "name_sq", nullable = false, length = 160)
    private String nameSq;

    @Column(name = "name_en", nullable = false, length = 160)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HolidayKind kind;

    @Version
    private long version;

    protected Holiday() {
    }

    public Holiday(LocalDate day, String nameSq, String nameEn, HolidayKind kind) {
        this.day = day;
        this.nameSq = nameSq;
        this.nameEn = nameEn;
        this.kind = kind;
    }

    public LocalDate day() {
        return day;
    }

    public String nameSq() {
        return nameSq;
    }

    public String nameEn() {
        return nameEn;
    }

    public HolidayKind kind() {
        return kind;
    }
}
