package al.tirana.sporteli.deadlines.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

/**
 * The working days of the Albanian public administration: Monday to Friday, except the public holidays
 * and days off this calendar was built with. Holidays are data, so the calendar never knows a date by
 * itself; a new calendar is built when an administrator edits them.
 */
public final class WorkingDayCalendar {

    /** Deadlines end at midnight in Tirana, whatever the server's zone. */
    public static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");

    private final Set<LocalDate> holidays;

    public WorkingDayCalendar(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The first working day after {@code day}, never {@code day} itself. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * The day on which {@code days} working days after {@code from} are over. As Albanian administrative law
     * counts deadlines, the day of receipt does not count: one working day from a Friday is the Monday.
     * Zero days is {@code from} itself.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Cannot count back " + days + " working days");
        }
        LocalDate day = from;
        for (int left = days; left > 0; left--) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /** How many working days lie after {@code fromExclusive} up to and including {@code toInclusive}; 0 if none. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
