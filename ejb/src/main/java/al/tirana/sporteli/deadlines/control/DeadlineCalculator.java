package al.tirana.sporteli.deadlines.control;

import static al.tirana.sporteli.deadlines.control.WorkingDayCalendar.TIRANA;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a deadline falls due, on a given working-day calendar. Plain arithmetic: the same inputs on the same
 * calendar give the same instant, so a changed calendar is applied by calculating again.
 */
public final class DeadlineCalculator {

    private final WorkingDayCalendar calendar;

    public DeadlineCalculator(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The instant at which a deadline started at {@code start} falls due. Day deadlines end at the last
     * instant of their day in Tirana (23:59:59.999999999 Europe/Tirane), and count from the day after the
     * day of receipt in Tirana.
     * <ul>
     * <li>{@link DeadlineUnit#HOURS}: start plus the hours of the rule and of the extension, plus the whole
     * duration of every pause. Hours run around the clock, holidays included: they serve urgent work.</li>
     * <li>{@link DeadlineUnit#CALENDAR_DAYS}: the day of receipt plus the days of the rule and of the
     * extension, plus for each pause the number of dates from its start to its end; a day that is not a
     * working day moves to the next working day, so a deadline never expires on a weekend or holiday.</li>
     * <li>{@link DeadlineUnit#WORKING_DAYS}: the working days of the rule and of the extension, plus for each
     * pause the working days after its start date up to and including its end date, counted from the day
     * of receipt.</li>
     * </ul>
     *
     * @param extension extra time in the rule's own unit, zero if none
     * @return empty while a pause is still running: the clock is stopped and no due time exists
     */
    public Optional<Instant> due(Instant start, DeadlineRule rule, List<Pause> pauses, int extension) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(rule, "rule");
        if (extension < 0) {
            throw new IllegalArgumentException("An extension adds time, it cannot be " + extension);
        }
        if (pauses.stream().anyMatch(Pause::running)) {
            return Optional.empty();
        }
        int amount = rule.amount() + extension;
        LocalDate received = localDate(start);
        return Optional.of(switch (rule.unit()) {
            case HOURS -> start.plus(Duration.ofHours(amount)).plus(pauses.stream()
                    .map(p -> Duration.between(p.start(), p.end()))
                    .reduce(Duration.ZERO, Duration::plus));
            case CALENDAR_DAYS -> {
                long paused = pauses.stream()
                        .mapToLong(p -> ChronoUnit.DAYS.between(localDate(p.start()), localDate(p.end())))
                        .sum();
                LocalDate day = received.plusDays(amount + paused);
                yield endOf(calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day));
            }
            case WORKING_DAYS -> {
                int paused = pauses.stream()
                        .mapToInt(p -> calendar.workingDaysBetween(localDate(p.start()), localDate(p.end())))
                        .sum();
                yield endOf(calendar.addWorkingDays(received, amount + paused));
            }
        });
    }

    private static LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, TIRANA);
    }

    private static Instant endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX).atZone(TIRANA).toInstant();
    }
}
