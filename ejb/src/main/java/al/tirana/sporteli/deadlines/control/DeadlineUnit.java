package al.tirana.sporteli.deadlines.control;

/** How a deadline is counted: Albanian working days, calendar days, or hours around the clock. */
public enum DeadlineUnit {
    WORKING_DAYS,
    CALENDAR_DAYS,
    HOURS
}
