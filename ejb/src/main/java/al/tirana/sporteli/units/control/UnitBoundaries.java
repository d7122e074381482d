package al.tirana.sporteli.units.control;

import al.tirana.sporteli.platform.control.Jsons;
import al.tirana.sporteli.units.entity.UnitCode;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads unit boundaries from GeoJSON (RFC 7946): a FeatureCollection, or a single Feature, whose
 * features carry the unit code in {@code properties.code} and a Polygon or MultiPolygon geometry.
 * Positions are {@code [longitude, latitude]}, the reverse of how people say coordinates. Anything
 * malformed is refused whole, naming the feature, because a half-read boundary would route requests
 * to the wrong office without anybody noticing.
 */
public final class UnitBoundaries {

    private UnitBoundaries() {
    }

    public static List<UnitArea> parse(String geojson) {
        JsonObject root;
        try (JsonReader reader = Jsons.createReader(new StringReader(geojson == null ? "" : geojson))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("Not a GeoJSON object: " + e.getMessage(), e);
        }
        String type = string(root, "type");
        if ("Feature".equals(type)) {
            return List.of(feature(root, 0));
        }
        if (!"FeatureCollection".equals(type)) {
            throw new IllegalArgumentException("Expected a GeoJSON FeatureCollection or Feature, found type " + type);
        }
        JsonValue features = root.get("features");
        if (!(features instanceof JsonArray array)) {
            throw new IllegalArgumentException("The FeatureCollection has no features array");
        }
        List<UnitArea> areas = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject feature) || !"Feature".equals(string(feature, "type"))) {
                throw new IllegalArgumentException("Feature " + i + ": not a GeoJSON Feature");
            }
            areas.add(feature(feature, i));
        }
        return List.copyOf(areas);
    }

    private static UnitArea feature(JsonObject feature, int index) {
        String where = "Feature " + index;
        JsonValue properties = feature.get("properties");
        String code = properties instanceof JsonObject p ? string(p, "code") : null;
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(where + ": properties.code (the unit code) is missing");
        }
        UnitCode unit;
        try {
            unit = UnitCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        where += " (" + unit + ")";
        if (!(feature.get("geometry") instanceof JsonObject geometry)) {
            throw new IllegalArgumentException(where + ": the geometry is missing");
        }
        String type = string(geometry, "type");
        JsonValue coordinates = geometry.get("coordinates");
        List<UnitArea.Polygon> polygons = new ArrayList<>();
        if ("Polygon".equals(type)) {
            polygons.add(polygon(array(coordinates, where), where));
        } else if ("MultiPolygon".equals(type)) {
            JsonArray parts = array(coordinates, where);
            for (int p = 0; p < parts.size(); p++) {
                polygons.add(polygon(array(parts.get(p), where + ", polygon " + p), where + ", polygon " + p));
            }
        } else {
            throw new IllegalArgumentException(where + ": geometry type " + type + " is not supported, only Polygon and MultiPolygon");
        }
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException(where + ": the MultiPolygon has no polygon");
        }
        return new UnitArea(unit, polygons);
    }

    private static UnitArea.Polygon polygon(JsonArray rings, String where) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException(where + ": a polygon needs an outer ring");
        }
        List<UnitArea.Ring> parsed = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            parsed.add(ring(array(rings.get(r), where + ", ring " + r), where + ", ring " + r));
        }
        return new UnitArea.Polygon(parsed.get(0), parsed.subList(1, parsed.size()));
    }

    private static UnitArea.Ring ring(JsonArray positions, String where) {
        if (positions.size() < 4) {
            throw new IllegalArgumentException(where + ": a ring needs at least 4 positions, found " + positions.size());
        }
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            points.add(position(positions.get(i), where + ", position " + i));
        }
        double[] first = points.get(0);
        double[] last = points.get(points.size() - 1);
        if (first[0] != last[0] || first[1] != last[1]) {
            throw new IllegalArgumentException(where + ": the ring is not closed (its last position must repeat the first)");
        }
        return new UnitArea.Ring(points);
    }

    private static double[] position(JsonValue value, String where) {
        if (!(value instanceof JsonArray pair) || pair.size() < 2
                || !(pair.get(0) instanceof JsonNumber lon) || !(pair.get(1) instanceof JsonNumber lat)) {
            throw new IllegalArgumentException(where + ": a position is [longitude, latitude]");
        }
        double longitude = lon.doubleValue();
        double latitude = lat.doubleValue();
        if (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException(where + ": [" + longitude + ", " + latitude + "] is not a longitude and latitude");
        }
        return new double[] {longitude, latitude};
    }

    private static JsonArray array(JsonValue value, String where) {
        if (!(value instanceof JsonArray array)) {
            throw new IllegalArgumentException(where + ": coordinates are missing or not an array");
        }
        return array;
    }

    private static String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : null;
    }
}
