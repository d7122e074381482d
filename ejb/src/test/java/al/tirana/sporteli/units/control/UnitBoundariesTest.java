package al.tirana.sporteli.units.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.units.entity.UnitCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitBoundariesTest {

    private static final String SQUARE = "[[[19.80, 41.30], [19.85, 41.30], [19.85, 41.35], [19.80, 41.35], [19.80, 41.30]]]";

    private static String collection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
    }

    private static String feature(String code, String type, String coordinates) {
        String properties = code == null ? "{}" : "{\"code\": \"" + code + "\"}";
        return "{\"type\": \"Feature\", \"properties\": " + properties
                + ", \"geometry\": {\"type\": \"" + type + "\", \"coordinates\": " + coordinates + "}}";
    }

    private static String errorOf(String geojson) {
        return assertThrows(IllegalArgumentException.class, () -> UnitBoundaries.parse(geojson)).getMessage();
    }

    @Test
    void readsPolygonsAndMultiPolygonsWithTheirCodes() {
        List<UnitArea> areas = UnitBoundaries.parse(collection(
                feature("NA05", "Polygon", SQUARE),
                feature("kash", "MultiPolygon", "[" + SQUARE + ", " + SQUARE + "]")));

        assertEquals(2, areas.size());
        assertEquals(new UnitCode("NA05"), areas.get(0).unit());
        assertEquals(new UnitCode("KASH"), areas.get(1).unit());
        assertEquals(2, areas.get(1).polygons().size());
        assertTrue(areas.get(0).contains(41.31, 19.81));
    }

    @Test
    void readsASingleFeatureAsStoredPerUnit() {
        assertEquals(1, UnitBoundaries.parse(feature("NA05", "Polygon", SQUARE)).size());
    }

    @Test
    void namesTheFeatureThatLacksItsCode() {
        String message = errorOf(collection(feature("NA05", "Polygon", SQUARE), feature(null, "Polygon", SQUARE)));

        assertTrue(message.contains("Feature 1") && message.contains("code"), message);
    }

    @Test
    void namesTheFeatureWithAnInvalidCode() {
        String message = errorOf(collection(feature("NA/05", "Polygon", SQUARE)));

        assertTrue(message.contains("Feature 0"), message);
    }

    @Test
    void refusesOtherGeometryTypes() {
        String message = errorOf(collection(feature("NA05", "Polygon", SQUARE),
                feature("NA07", "LineString", "[[19.80, 41.30], [19.85, 41.30]]")));

        assertTrue(message.contains("Feature 1") && message.contains("LineString"), message);
    }

    @Test
    void refusesARingOfFewerThanFourPositions() {
        String message = errorOf(collection(feature("NA05", "Polygon", "[[[19.80, 41.30], [19.85, 41.30], [19.80, 41.30]]]")));

        assertTrue(message.contains("Feature 0") && message.contains("at least 4"), message);
    }

    @Test
    void refusesARingThatIsNotClosed() {
        String message = errorOf(collection(feature("NA05", "Polygon",
                "[[[19.80, 41.30], [19.85, 41.30], [19.85, 41.35], [19.80, 41.35], [19.80, 41.31]]]")));

        assertTrue(message.contains("Feature 0") && message.contains("not closed"), message);
    }

    @Test
    void refusesPositionsThatAreNoCoordinates() {
        assertTrue(errorOf(collection(feature("NA05", "Polygon",
                "[[[19.80, 41.30], [19.85], [19.85, 41.35], [19.80, 41.35], [19.80, 41.30]]]"))).contains("Feature 0"));
        assertTrue(errorOf(collection(feature("NA05", "Polygon",
                "[[[419.80, 41.30], [19.85, 41.30], [19.85, 41.35], [19.80, 41.35], [419.80, 41.30]]]"))).contains("Feature 0"));
        assertTrue(errorOf(collection(feature("NA05", "Polygon", "[]"))).contains("Feature 0"));
        assertTrue(errorOf(collection("{\"type\": \"Feature\", \"properties\": {\"code\": \"NA05\"}}")).contains("geometry"));
    }

    @Test
    void refusesTextThatIsNoFeatureCollection() {
        errorOf(null);
        errorOf("not json");
        errorOf("[1, 2]");
        errorOf("{\"type\": \"Point\", \"coordinates\": [19.8, 41.3]}");
        errorOf("{\"type\": \"FeatureCollection\"}");
        assertTrue(errorOf(collection("{\"type\": \"Polygon\"}")).contains("Feature 0"));
    }
}
