package al.tirana.sporteli.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the request is about: an address, a neighbourhood or village, a point, and the unit they resolved to. */
@Embeddable
public class Location {

    @Column(length = 300)
    private String address;

    @Column(length = 120)
    private String locality;

    private Double latitude;

    private Double longitude;

    /** Null while the location resolved to no unit: the request then waits in central triage. */
    @Column(name = "unit_code", length = 8)
    private String unitCode;

    public static final Location NOWHERE = new Location();

    protected Location() {
    }

    public Location(String address, String locality, Double latitude, Double longitude, String unitCode) {
        this.address = address;
        this.locality = locality;
        this.latitude = latitude;
        this.longitude = longitude;
        this.unitCode = unitCode;
    }

    public String address() {
        return address;
    }

    public String locality() {
        return locality;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public String unitCode() {
        return unitCode;
    }

    public boolean resolved() {
        return unitCode != null;
    }

    Location inUnit(String unit) {
        return new Location(address, locality, latitude, longitude, unit);
    }
}
