package al.tirana.sporteli.deadlines.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The Albanian public holidays and days off in lieu of 2026, written out by hand for the tests. */
final class SampleHolidays {

    static final LocalDate CATHOLIC_EASTER = LocalDate.of(2026, 4, 5);
    static final LocalDate CATHOLIC_EASTER_DAY_OFF = LocalDate.of(2026, 4, 6);
    static final LocalDate ORTHODOX_EASTER = LocalDate.of(2026, 4, 12);
    static final LocalDate ORTHODOX_EASTER_DAY_OFF = LocalDate.of(2026, 4, 13);
    static final LocalDate ALPHABET_DAY = LocalDate.of(2026, 11, 22);
    static final LocalDate ALPHABET_DAY_OFF = LocalDate.of(2026, 11, 23);
    static final LocalDate INDEPENDENCE_DAY = LocalDate.of(2026, 11, 28);
    static final LocalDate LIBERATION_DAY = LocalDate.of(2026, 11, 29);
    static final LocalDate INDEPENDENCE_DAY_OFF = LocalDate.of(2026, 11, 30);
    static final LocalDate LIBERATION_DAY_OFF = LocalDate.of(2026, 12, 1);
    static final LocalDate YOUTH_DAY = LocalDate.of(2026, 12, 8);

    static final List<LocalDate> YEAR_2026 = List.of(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
            LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 16),
            LocalDate.of(2026, 3, 20),
            LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23),
            CATHOLIC_EASTER, CATHOLIC_EASTER_DAY_OFF, ORTHODOX_EASTER, ORTHODOX_EASTER_DAY_OFF,
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 27),
            LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 7),
            ALPHABET_DAY, ALPHABET_DAY_OFF,
            INDEPENDENCE_DAY, LIBERATION_DAY, INDEPENDENCE_DAY_OFF, LIBERATION_DAY_OFF,
            YOUTH_DAY,
            LocalDate.of(2026, 12, 25));

    private SampleHolidays() {
    }

    static WorkingDayCalendar calendar2026() {
        return new WorkingDayCalendar(YEAR_2026);
    }

    static WorkingDayCalendar calendar2026With(LocalDate declared) {
        List<LocalDate> days = new ArrayList<>(YEAR_2026);
        days.add(declared);
        return new WorkingDayCalendar(days);
    }
}
