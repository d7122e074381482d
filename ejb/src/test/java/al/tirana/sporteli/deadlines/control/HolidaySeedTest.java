package al.tirana.sporteli.deadlines.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks the shipped holiday seed itself: a wrong day there moves the deadlines of every request. */
class HolidaySeedTest {

    private static final Pattern ROW = Pattern.compile(
            "^ \\((\\d+), +DATE '(\\d{4}-\\d{2}-\\d{2})', '((?:[^']|'')+)', '((?:[^']|'')+)', '(FIXED|RELIGIOUS|DECLARED)'\\)[,;]$");
    private static final Set<MonthDay> FIXED_BY_LAW = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(3, 14),
            MonthDay.of(3, 22), MonthDay.of(5, 1), MonthDay.of(9, 5), MonthDay.of(11, 22), MonthDay.of(11, 28),
            MonthDay.of(11, 29), MonthDay.of(12, 8), MonthDay.of(12, 25));

    private record Row(long id, LocalDate day, String nameSq, String kind) {
    }

    private static List<Row> rows() throws IOException {
        try (InputStream in = HolidaySeedTest.class.getResourceAsStream("/db/migration/V7__holidays_2026_2027.sql")) {
            assertNotNull(in, "the seed migration is on the classpath");
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(" (")) {
                    Matcher m = ROW.matcher(line);
                    assertTrue(m.matches(), "unreadable row: " + line);
                    rows.add(new Row(Long.parseLong(m.group(1)), LocalDate.parse(m.group(2)), m.group(3), m.group(5)));
                }
            }
            return rows;
        }
    }

    @Test
    void keepsIdsBelowTheSequenceAndOneRowPerDay() throws IOException {
        Set<Long> ids = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        for (Row row : rows()) {
            assertTrue(ids.add(row.id()) && row.id() > 0 && row.id() < 1000, "id " + row.id());
            assertTrue(days.add(row.day()), "twice: " + row.day());
            assertTrue(row.day().getYear() == 2026 || row.day().getYear() == 2027, row.day().toString());
        }
    }

    @Test
    void fixedHolidaysAreTheDatesOfTheLawEachYear() throws IOException {
        for (int year : List.of(2026, 2027)) {
            Set<MonthDay> fixed = rows().stream()
                    .filter(row -> row.kind().equals("FIXED") && row.day().getYear() == year)
                    .map(row -> MonthDay.from(row.day()))
                    .collect(Collectors.toSet());
            assertEquals(FIXED_BY_LAW, fixed, String.valueOf(year));
        }
    }

    @Test
    void eastersAreSundaysAndEachYearHasFourReligiousHolidays() throws IOException {
        List<Row> rows = rows();
        rows.stream().filter(row -> row.nameSq().contains("Pashkëve"))
                .forEach(row -> assertEquals(DayOfWeek.SUNDAY, row.day().getDayOfWeek(), row.day().toString()));
        for (int year : List.of(2026, 2027)) {
            assertEquals(4, rows.stream().filter(row -> row.kind().equals("RELIGIOUS") && row.day().getYear() == year).count());
        }
    }

    @Test
    void everyWeekendHolidayGivesTheNextFreeWeekdayOff() throws IOException {
        List<Row> rows = rows();
        Set<LocalDate> holidays = rows.stream().filter(row -> !row.kind().equals("DECLARED"))
                .map(Row::day).collect(Collectors.toSet());
        Set<LocalDate> expected = new TreeSet<>();
        for (LocalDate saturday = LocalDate.of(2026, 1, 3); saturday.getYear() <= 2027; saturday = saturday.plusWeeks(1)) {
            long onWeekend = Set.of(saturday, saturday.plusDays(1)).stream().filter(holidays::contains).count();
            LocalDate day = saturday.plusDays(1);
            for (long left = onWeekend; left > 0; left--) {
                do {
                    day = day.plusDays(1);
                } while (holidays.contains(day));
                expected.add(day);
            }
        }
        Set<LocalDate> declared = rows.stream().filter(row -> row.kind().equals("DECLARED"))
                .map(Row::day).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, declared);
    }
}
