package al.tirana.sporteli.units.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A neighbourhood or village and the unit that serves it. */
@Entity
@Table(name = "unit_locality")
@NamedQuery(name = UnitLocality.FIND_ALL, query = "select l from UnitLocality l order by l.unitCode, l.name")
public class UnitLocality {

    public static final String FIND_ALL = "UnitLocality.findAll";

    public enum Kind {
        NEIGHBOURHOOD,
        VILLAGE
    }

    @Id
    @SequenceGenerator(name = "unit_locality_seq", sequenceName = "unit_locality_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_locality_seq")
    private Long id;

    @Column(name = "unit_code", nullable = false, length = 8)
    private String unitCode;

    @Column(nullable = false, length = 120)
    private String name;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    protected UnitLocality() {
    }

    public UnitLocality(UnitCode unit, String name, Kind kind) {
        this.unitCode = unit.value();
        this.name = name;
        this.kind = kind;
    }

    public UnitCode unitCode() {
        return new UnitCode(unitCode);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }
}
