package al.tirana.sporteli.emergency.entity;

/** Where an incident is: its unit, an address, a point; any of them may be unknown at first. */
public record IncidentPlace(String unitCode, String address, Double latitude, Double longitude) {

    public static final IncidentPlace UNKNOWN = new IncidentPlace(null, null, null, null);

    public IncidentPlace {
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("A point needs both latitude and longitude");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("Latitude runs from -90 to 90 and longitude from -180 to 180");
        }
    }

    public boolean hasPoint() {
        return latitude != null;
    }
}
