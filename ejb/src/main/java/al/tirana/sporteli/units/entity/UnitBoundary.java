package al.tirana.sporteli.units.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit's boundary as imported, one GeoJSON Feature; the territory resolver reads these at start and after an import. */
@Entity
@Table(name = "unit_boundary")
@NamedQuery(name = UnitBoundary.FIND_ALL, query = "select b from UnitBoundary b")
public class UnitBoundary {

    public static final String FIND_ALL = "UnitBoundary.findAll";

    @Id
    @Column(name = "unit_code", length = 8)
    private String unitCode;

    @Column(nullable = false, length = 100000)
    private String geojson;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected UnitBoundary() {
    }

    public UnitBoundary(UnitCode unit, String geojson, Instant importedAt) {
        this.unitCode = unit.value();
        this.geojson = geojson;
        this.importedAt = importedAt;
    }

    public void replace(String feature, Instant at) {
        this.geojson = feature;
        this.importedAt = at;
    }

    public UnitCode unitCode() {
        return new UnitCode(unitCode);
    }

    public String geojson() {
        return geojson;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
