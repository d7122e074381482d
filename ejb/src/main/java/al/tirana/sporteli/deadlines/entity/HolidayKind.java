package al.tirana.sporteli.deadlines.entity;

/** Fixed by law on a date, religious (Easter, Bajram: a new date each year), or declared by the government. */
public enum HolidayKind {
    FIXED,
    RELIGIOUS,
    DECLARED
}
