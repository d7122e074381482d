package al.tirana.sporteli.emergency.control;

import al.tirana.sporteli.emergency.entity.IncidentPlace;
import java.util.Locale;
import java.util.OptionalDouble;

/** How far apart two reported places are, for spotting the same emergency reported twice. */
public final class Proximity {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private Proximity() {
    }

    /** Great-circle distance (haversine); plenty for a city, where the error is centimetres. */
    public static double meters(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The distance when both places have a point; without points, the same unit and the same address
     * (ignoring case and spacing) count as the same place, at distance zero. Empty when not near.
     */
    public static OptionalDouble near(IncidentPlace a, IncidentPlace b, double radiusMeters) {
        if (a.hasPoint() && b.hasPoint()) {
            double d = meters(a.latitude(), a.longitude(), b.latitude(), b.longitude());
            return d <= radiusMeters ? OptionalDouble.of(d) : OptionalDouble.empty();
        }
        String left = normalised(a.address());
        boolean sameUnit = a.unitCode() != null && a.unitCode().equals(b.unitCode());
        return sameUnit && !left.isEmpty() && left.equals(normalised(b.address())) ? OptionalDouble.of(0) : OptionalDouble.empty();
    }

    private static String normalised(String address) {
        return address == null ? "" : address.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
