package al.tirana.sporteli.units.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import al.tirana.sporteli.units.entity.UnitCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerritoryResolverTest {

    private static final UnitCode ZHER = new UnitCode("ZHER");
    private static final UnitCode SHGJ = new UnitCode("SHGJ");
    private static final UnitCode BERZ = new UnitCode("BERZ");
    private static final UnitCode KASH = new UnitCode("KASH");
    private static final UnitCode NA05 = new UnitCode("NA05");
    private static final UnitCode NA07 = new UnitCode("NA07");

    /** Two synthetic neighbouring squares near Tirana; NA05's has a hole, which NA07's island fills. */
    private static final String BOUNDARIES = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"code": "NA05"}, "geometry": {"type": "Polygon", "coordinates": [
                [[19.80, 41.30], [19.85, 41.30], [19.85, 41.35], [19.80, 41.35], [19.80, 41.30]],
                [[19.82, 41.32], [19.83, 41.32], [19.83, 41.33], [19.82, 41.33], [19.82, 41.32]]]}},
              {"type": "Feature", "properties": {"code": "NA07"}, "geometry": {"type": "MultiPolygon", "coordinates": [
                [[[19.85, 41.30], [19.90, 41.30], [19.90, 41.35], [19.85, 41.35], [19.85, 41.30]]],
                [[[19.82, 41.32], [19.83, 41.32], [19.83, 41.33], [19.82, 41.33], [19.82, 41.32]]]]}}
            ]}""";

    private final TerritoryResolver byName = new TerritoryResolver(List.of(
            Map.entry("Zall-Herr", ZHER),
            Map.entry("Shëngjergj", SHGJ),
            Map.entry("Linzë", new UnitCode("DAJT")),
            Map.entry("Blloku", NA05),
            Map.entry("Kus", BERZ),
            Map.entry("Kus", KASH)), List.of());

    private final TerritoryResolver byPoint = new TerritoryResolver(Map.of(), UnitBoundaries.parse(BOUNDARIES));

    @Test
    void findsAUnitByNameWhateverTheSpelling() {
        assertEquals(Optional.of(ZHER), byName.byLocality("Zall-Herr"));
        assertEquals(Optional.of(ZHER), byName.byLocality("zall herr"));
        assertEquals(Optional.of(ZHER), byName.byLocality("  ZALL   HERR "));
        assertEquals(Optional.of(ZHER), byName.byLocality("Zallherr"));
        assertEquals(Optional.of(SHGJ), byName.byLocality("Shengjergj"), "without ë");
        assertEquals(Optional.of(SHGJ), byName.byLocality("SHËNGJERGJ"));
    }

    @Test
    void acceptsTheDefiniteFormOfAName() {
        assertEquals(Optional.of(new UnitCode("DAJT")), byName.byLocality("Linza"));
        assertEquals(Optional.of(ZHER), byName.byLocality("Zall-Herri"));
        assertEquals(Optional.of(NA05), byName.byLocality("Bllok"));
    }

    @Test
    void matchesCedillaAsPlainC() {
        TerritoryResolver resolver = new TerritoryResolver(Map.of("Koçaj", new UnitCode("BALD")), List.of());

        assertEquals(Optional.of(new UnitCode("BALD")), resolver.byLocality("Kocaj"));
    }

    @Test
    void neverGuessesAnUnknownName() {
        assertEquals(Optional.empty(), byName.byLocality("Zall"));
        assertEquals(Optional.empty(), byName.byLocality("Tirana"));
        assertEquals(Optional.empty(), byName.byLocality(""));
        assertEquals(Optional.empty(), byName.byLocality(null));
    }

    @Test
    void neverGuessesANameThatTwoUnitsShare() {
        assertEquals(Optional.empty(), byName.byLocality("Kus"));
    }

    @Test
    void treatsSpellingsThatFoldTogetherInTwoUnitsAsAmbiguous() {
        TerritoryResolver resolver = new TerritoryResolver(
                Map.of("Shëngjin", SHGJ, "Shengjin", new UnitCode("ZBAS")), List.of());

        assertEquals(Optional.empty(), resolver.byLocality("Shëngjin"));
    }

    @Test
    void findsTheUnitWhosePolygonHoldsThePoint() {
        assertEquals(Optional.of(NA05), byPoint.byPoint(41.31, 19.81));
        assertEquals(Optional.of(NA07), byPoint.byPoint(41.31, 19.88));
    }

    @Test
    void readsPositionsAsLongitudeThenLatitude() {
        assertEquals(Optional.of(NA05), byPoint.byPoint(41.31, 19.81));
        assertEquals(Optional.empty(), byPoint.byPoint(19.81, 41.31), "latitude and longitude swapped");
    }

    @Test
    void leavesAHoleOutOfItsPolygon() {
        assertEquals(Optional.of(NA07), byPoint.byPoint(41.325, 19.825), "inside NA05's hole, on NA07's island");

        TerritoryResolver withoutIsland = new TerritoryResolver(Map.of(), UnitBoundaries.parse(BOUNDARIES).subList(0, 1));
        assertEquals(Optional.empty(), withoutIsland.byPoint(41.325, 19.825));
    }

    @Test
    void neverGuessesAPointOutsideEveryBoundary() {
        assertEquals(Optional.empty(), byPoint.byPoint(41.40, 19.81));
        assertEquals(Optional.empty(), byPoint.byPoint(41.31, 19.95));
        assertEquals(Optional.empty(), byPoint.byPoint(Double.NaN, 19.81));
        assertEquals(Optional.empty(), byName.byPoint(41.31, 19.81), "no boundaries known");
    }

    @Test
    void neverGuessesAPointThatTwoBoundariesClaim() {
        String overlapping = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"code": "NA05"}, "geometry": {"type": "Polygon", "coordinates": [
                    [[19.80, 41.30], [19.85, 41.30], [19.85, 41.35], [19.80, 41.35], [19.80, 41.30]]]}},
                  {"type": "Feature", "properties": {"code": "NA07"}, "geometry": {"type": "Polygon", "coordinates": [
                    [[19.84, 41.30], [19.90, 41.30], [19.90, 41.35], [19.84, 41.35], [19.84, 41.30]]]}}
                ]}""";
        TerritoryResolver resolver = new TerritoryResolver(Map.of(), UnitBoundaries.parse(overlapping));

        assertEquals(Optional.empty(), resolver.byPoint(41.31, 19.845));
        assertEquals(Optional.of(NA05), resolver.byPoint(41.31, 19.82));
    }

    @Test
    void countsTwoPolygonsOfOneUnitAsOneAnswer() {
        String twice = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"code": "NA05"}, "geometry": {"type": "Polygon", "coordinates": [
                    [[19.80, 41.30], [19.85, 41.30], [19.85, 41.35], [19.80, 41.35], [19.80, 41.30]]]}},
                  {"type": "Feature", "properties": {"code": "na05"}, "geometry": {"type": "Polygon", "coordinates": [
                    [[19.84, 41.30], [19.90, 41.30], [19.90, 41.35], [19.84, 41.35], [19.84, 41.30]]]}}
                ]}""";

        assertEquals(Optional.of(NA05), new TerritoryResolver(Map.of(), UnitBoundaries.parse(twice)).byPoint(41.31, 19.845));
    }

    @Test
    void followsAConcaveBoundary() {
        String lShape = """
                {"type": "Feature", "properties": {"code": "NA05"}, "geometry": {"type": "Polygon", "coordinates": [
                  [[19.80, 41.30], [19.90, 41.30], [19.90, 41.32], [19.82, 41.32], [19.82, 41.40], [19.80, 41.40],
                   [19.80, 41.30]]]}}""";
        TerritoryResolver resolver = new TerritoryResolver(Map.of(), UnitBoundaries.parse(lShape));

        assertEquals(Optional.of(NA05), resolver.byPoint(41.31, 19.88));
        assertEquals(Optional.of(NA05), resolver.byPoint(41.38, 19.81));
        assertEquals(Optional.empty(), resolver.byPoint(41.38, 19.88), "in the notch of the L");
    }
}
