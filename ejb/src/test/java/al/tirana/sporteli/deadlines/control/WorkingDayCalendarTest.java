package al.tirana.sporteli.deadlines.control;

import static al.tirana.sporteli.deadlines.control.SampleHolidays.INDEPENDENCE_DAY_OFF;
import static al.tirana.sporteli.deadlines.control.SampleHolidays.LIBERATION_DAY_OFF;
import static al.tirana.sporteli.deadlines.control.SampleHolidays.YOUTH_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = SampleHolidays.calendar2026();

    @Test
    void weekendsHolidaysAndDaysInLieuAreNotWorkingDays() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 5)), "Saturday");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 6)), "Sunday");
        assertFalse(calendar.isWorkingDay(YOUTH_DAY), "Tuesday 8 December");
        assertFalse(calendar.isWorkingDay(INDEPENDENCE_DAY_OFF), "Monday after Independence Day");
        assertFalse(calendar.isWorkingDay(LIBERATION_DAY_OFF), "Tuesday after Liberation Day");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 2)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 9)));
    }

    @Test
    void dayOfReceiptDoesNotCount() {
        assertEquals(LocalDate.of(2026, 11, 17), calendar.addWorkingDays(LocalDate.of(2026, 11, 16), 1));
        assertEquals(LocalDate.of(2026, 11, 16), calendar.addWorkingDays(LocalDate.of(2026, 11, 16), 0));
    }

    @Test
    void skipsWeekendsAndHolidaysWhenCountingWorkingDays() {
        // Thursday 26 November 2026: Friday, then Saturday to Tuesday off, then Wednesday and Thursday
        assertEquals(LocalDate.of(2026, 12, 3), calendar.addWorkingDays(LocalDate.of(2026, 11, 26), 3));
        assertEquals(LocalDate.of(2026, 12, 1), new WorkingDayCalendar(List.of())
                .addWorkingDays(LocalDate.of(2026, 11, 26), 3), "weekends alone");
    }

    @Test
    void skipsBothEasterMondays() {
        assertEquals(LocalDate.of(2026, 4, 7), calendar.addWorkingDays(LocalDate.of(2026, 4, 3), 1));
        assertEquals(LocalDate.of(2026, 4, 14), calendar.addWorkingDays(LocalDate.of(2026, 4, 10), 1));
    }

    @Test
    void receiptOnAHolidayWeekendStartsCountingAfterTheDayInLieu() {
        // Saturday 21 November; Sunday is Alphabet Day, so Monday is off too
        assertEquals(LocalDate.of(2026, 11, 24), calendar.addWorkingDays(LocalDate.of(2026, 11, 21), 1));
    }

    @Test
    void nextWorkingDayIsAlwaysAfterTheGivenDay() {
        assertEquals(LocalDate.of(2026, 12, 2), calendar.nextWorkingDay(LocalDate.of(2026, 11, 27)));
        assertEquals(LocalDate.of(2026, 12, 3), calendar.nextWorkingDay(LocalDate.of(2026, 12, 2)));
    }

    @Test
    void countsWorkingDaysAfterTheFirstDayUpToTheLast() {
        // Saturday 28 November to Tuesday 1 December are off: Wednesday to Friday remain
        assertEquals(3, calendar.workingDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 4)));
        assertEquals(1, calendar.workingDaysBetween(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 2)));
    }

    @Test
    void refusesToCountBackwards() {
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(LocalDate.of(2026, 12, 2), -1));
    }

    @Test
    void laterEditsOfTheHolidayListDoNotChangeABuiltCalendar() {
        List<LocalDate> days = new ArrayList<>(SampleHolidays.YEAR_2026);
        WorkingDayCalendar built = new WorkingDayCalendar(days);
        days.add(LocalDate.of(2026, 12, 2));
        assertTrue(built.isWorkingDay(LocalDate.of(2026, 12, 2)));
    }
}
