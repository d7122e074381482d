package al.tirana.sporteli.deadlines.control;

import static al.tirana.sporteli.deadlines.control.DeadlineUnit.CALENDAR_DAYS;
import static al.tirana.sporteli.deadlines.control.DeadlineUnit.HOURS;
import static al.tirana.sporteli.deadlines.control.DeadlineUnit.WORKING_DAYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Expected instants are worked out by hand on the 2026 calendar. Tirana is UTC+2 until 25 October 2026 and
 * UTC+1 after, so the end of a day is 21:59:59.999999999Z in April and 22:59:59.999999999Z in November.
 */
class DeadlineCalculatorTest {

    /** Monday 16 November 2026, 09:00 in Tirana. */
    private static final Instant MONDAY_16_NOVEMBER = Instant.parse("2026-11-16T08:00:00Z");
    /** Wednesday 1 April 2026, 10:00 in Tirana, the week of Catholic Easter. */
    private static final Instant WEDNESDAY_1_APRIL = Instant.parse("2026-04-01T08:00:00Z");

    private static final DeadlineRule TEN_WORKING_DAYS = new DeadlineRule(10, WORKING_DAYS);

    private final DeadlineCalculator calculator = new DeadlineCalculator(SampleHolidays.calendar2026());

    @Test
    void countsTenWorkingDaysAcrossIndependenceAndLiberationDays() {
        // 17-20 and 24-27 November (23rd is off for Alphabet Day), then 30 Nov and 1 Dec are off: 2 and 3 December
        assertEquals(Optional.of(Instant.parse("2026-12-03T22:59:59.999999999Z")),
                calculator.due(MONDAY_16_NOVEMBER, TEN_WORKING_DAYS, List.of(), 0));
    }

    @Test
    void skipsBothEastersWhenCountingWorkingDays() {
        // 2, 3, 7, 8, 9, 10, 14, 15, 16, 17 April: both Easter Mondays are off
        assertEquals(Optional.of(Instant.parse("2026-04-17T21:59:59.999999999Z")),
                calculator.due(WEDNESDAY_1_APRIL, TEN_WORKING_DAYS, List.of(), 0));
    }

    @Test
    void extensionAddsWorkingDays() {
        assertEquals(Optional.of(Instant.parse("2026-04-21T21:59:59.999999999Z")),
                calculator.due(WEDNESDAY_1_APRIL, TEN_WORKING_DAYS, List.of(), 2));
    }

    @Test
    void countsFromTheDayOfReceiptInTirana() {
        // 23:30 UTC on Thursday is already Friday 27 November in Tirana; the next working day is 2 December
        assertEquals(Optional.of(Instant.parse("2026-12-02T22:59:59.999999999Z")),
                calculator.due(Instant.parse("2026-11-26T23:30:00Z"), new DeadlineRule(1, WORKING_DAYS), List.of(), 0));
    }

    @Test
    void pausesTheClockWhileWaitingForTheCitizen() {
        // waiting from Tuesday 17 to Thursday 19 November gives back the 18th and 19th: 12 working days
        Pause waiting = new Pause(Instant.parse("2026-11-17T10:00:00Z"), Instant.parse("2026-11-19T14:00:00Z"));
        assertEquals(Optional.of(Instant.parse("2026-12-07T22:59:59.999999999Z")),
                calculator.due(MONDAY_16_NOVEMBER, TEN_WORKING_DAYS, List.of(waiting), 0));
    }

    @Test
    void aPauseOverHolidaysGivesBackOnlyTheWorkingDaysInIt() {
        // 27 November to 2 December: only Wednesday 2 December would have counted
        Pause waiting = new Pause(Instant.parse("2026-11-27T09:00:00Z"), Instant.parse("2026-12-02T09:00:00Z"));
        assertEquals(Optional.of(Instant.parse("2026-12-04T22:59:59.999999999Z")),
                calculator.due(MONDAY_16_NOVEMBER, TEN_WORKING_DAYS, List.of(waiting), 0));
    }

    @Test
    void runningPauseStopsTheClock() {
        Pause answered = new Pause(Instant.parse("2026-11-17T10:00:00Z"), Instant.parse("2026-11-18T10:00:00Z"));
        Pause waiting = new Pause(Instant.parse("2026-11-20T10:00:00Z"), null);
        assertEquals(Optional.empty(), calculator.due(MONDAY_16_NOVEMBER, TEN_WORKING_DAYS, List.of(answered, waiting), 0));
        assertEquals(Optional.empty(), calculator.due(MONDAY_16_NOVEMBER, new DeadlineRule(24, HOURS), List.of(waiting), 0));
    }

    @Test
    void recalculatesWhenTheCalendarGainsAHoliday() {
        DeadlineCalculator withDeclaredDay = new DeadlineCalculator(SampleHolidays.calendar2026With(LocalDate.of(2026, 12, 3)));
        assertEquals(Optional.of(Instant.parse("2026-12-04T22:59:59.999999999Z")),
                withDeclaredDay.due(MONDAY_16_NOVEMBER, TEN_WORKING_DAYS, List.of(), 0));
        assertEquals(Optional.of(Instant.parse("2026-12-03T22:59:59.999999999Z")),
                calculator.due(MONDAY_16_NOVEMBER, TEN_WORKING_DAYS, List.of(), 0));
    }

    @Test
    void deadlineNeverFallsOnAHoliday() {
        // 30 days from Friday 30 October is Sunday 29 November, Liberation Day; 30 Nov and 1 Dec are off too
        assertEquals(Optional.of(Instant.parse("2026-12-02T22:59:59.999999999Z")),
                calculator.due(Instant.parse("2026-10-30T11:00:00Z"), new DeadlineRule(30, CALENDAR_DAYS), List.of(), 0));
    }

    @Test
    void calendarDaysEndOnTheirOwnDayWhenItIsAWorkingDay() {
        assertEquals(Optional.of(Instant.parse("2026-04-16T21:59:59.999999999Z")),
                calculator.due(WEDNESDAY_1_APRIL, new DeadlineRule(15, CALENDAR_DAYS), List.of(), 0));
        assertEquals(Optional.of(Instant.parse("2026-04-21T21:59:59.999999999Z")),
                calculator.due(WEDNESDAY_1_APRIL, new DeadlineRule(15, CALENDAR_DAYS), List.of(), 5));
    }

    @Test
    void pausedCalendarDaysAreAddedBack() {
        // 3 to 6 April is three days: 1 April + 18 is Sunday 19 April, so Monday 20 April
        Pause waiting = new Pause(Instant.parse("2026-04-03T07:00:00Z"), Instant.parse("2026-04-06T07:00:00Z"));
        assertEquals(Optional.of(Instant.parse("2026-04-20T21:59:59.999999999Z")),
                calculator.due(WEDNESDAY_1_APRIL, new DeadlineRule(15, CALENDAR_DAYS), List.of(waiting), 0));
    }

    @Test
    void hoursRunAroundTheClockEvenOnHolidays() {
        assertEquals(Optional.of(Instant.parse("2026-11-28T16:30:00Z")),
                calculator.due(Instant.parse("2026-11-27T16:30:00Z"), new DeadlineRule(24, HOURS), List.of(), 0));
    }

    @Test
    void hoursAddPausedTimeAndExtension() {
        // 24 + 6 hours, plus 2 h 30 min waiting
        Pause waiting = new Pause(Instant.parse("2026-11-27T18:00:00Z"), Instant.parse("2026-11-27T20:30:00Z"));
        assertEquals(Optional.of(Instant.parse("2026-11-29T01:00:00Z")),
                calculator.due(Instant.parse("2026-11-27T16:30:00Z"), new DeadlineRule(24, HOURS), List.of(waiting), 6));
    }

    @Test
    void refusesDeadlinesThatCannotBeCounted() {
        assertThrows(IllegalArgumentException.class, () -> new DeadlineRule(0, WORKING_DAYS));
        assertThrows(IllegalArgumentException.class, () -> new DeadlineRule(5, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Pause(Instant.parse("2026-11-18T10:00:00Z"), Instant.parse("2026-11-17T10:00:00Z")));
        assertThrows(IllegalArgumentException.class,
                () -> calculator.due(MONDAY_16_NOVEMBER, TEN_WORKING_DAYS, List.of(), -1));
    }
}
