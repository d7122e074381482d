package al.tirana.sporteli.units.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.units.entity.UnitCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks the shipped locality seed itself, on purpose: a slip there misroutes real requests. */
class UnitLocalitySeedTest {

    private static final Pattern ROW = Pattern.compile("^ \\((\\d+), '([A-Z0-9]+)', '([^']+)', '(NEIGHBOURHOOD|VILLAGE)'\\)[,;]$");
    private static final Set<String> UNITS = Set.of("NA01", "NA02", "NA03", "NA04", "NA05", "NA06", "NA07", "NA08",
            "NA09", "NA10", "NA11", "BALD", "BERZ", "DAJT", "FARK", "KASH", "KRRA", "NDRO", "PETR", "PEZE", "SHGJ",
            "VAQR", "ZBAS", "ZHER");

    private record Row(long id, String unit, String name, String kind) {
    }

    private static List<Row> rows() throws IOException {
        try (InputStream in = UnitLocalitySeedTest.class.getResourceAsStream("/db/migration/V8__unit_localities.sql")) {
            assertNotNull(in, "the seed migration is on the classpath");
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(" (")) {
                    Matcher m = ROW.matcher(line);
                    assertTrue(m.matches(), "unreadable row: " + line);
                    rows.add(new Row(Long.parseLong(m.group(1)), m.group(2), m.group(3), m.group(4)));
                }
            }
            return rows;
        }
    }

    @Test
    void keepsIdsBelowTheSequenceAndUnique() throws IOException {
        List<Row> rows = rows();
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> assertTrue(ids.add(row.id()) && row.id() < 5000, "id " + row.id()));
        assertTrue(rows.size() > 50);
    }

    @Test
    void namesOnlyKnownUnitsAndEachLocalityOncePerUnit() throws IOException {
        Set<String> pairs = new HashSet<>();
        for (Row row : rows()) {
            assertTrue(UNITS.contains(row.unit()), row.unit());
            assertTrue(pairs.add(row.unit() + "/" + row.name()), "twice: " + row);
            assertTrue(row.name().length() <= 120 && row.name().strip().equals(row.name()), row.name());
            assertEquals(row.unit().startsWith("NA") ? "NEIGHBOURHOOD" : "VILLAGE", row.kind(), row.name());
        }
    }

    @Test
    void leavesOnlyTheDeliberatelySharedNameAmbiguous() throws IOException {
        Map<String, Set<String>> unitsByKey = new HashMap<>();
        rows().forEach(row -> unitsByKey.computeIfAbsent(TerritoryResolver.key(row.name()), k -> new HashSet<>()).add(row.unit()));

        unitsByKey.values().removeIf(units -> units.size() == 1);

        assertEquals(Set.of("kus"), unitsByKey.keySet());
    }

    @Test
    void resolvesTheSeatOfEveryFormerCommune() throws IOException {
        List<Map.Entry<String, UnitCode>> localities = rows().stream()
                .map(row -> Map.entry(row.name(), new UnitCode(row.unit()))).toList();
        TerritoryResolver resolver = new TerritoryResolver(localities, List.of());

        Map.of("Baldushk", "BALD", "Bërzhitë", "BERZ", "Linza", "DAJT", "Kashar", "KASH", "Krrabë", "KRRA",
                "Ndroq", "NDRO", "Petrelë", "PETR", "Shengjergj", "SHGJ", "Vaqarr", "VAQR", "Zall Bastar", "ZBAS")
                .forEach((name, unit) -> assertEquals(Optional.of(new UnitCode(unit)), resolver.byLocality(name), name));
        assertEquals(Optional.of(new UnitCode("ZHER")), resolver.byLocality("Zall-Herr"));
        assertEquals(Optional.of(new UnitCode("FARK")), resolver.byLocality("Farka"));
        assertEquals(Optional.of(new UnitCode("PEZE")), resolver.byLocality("Peza e Madhe"));
    }
}
