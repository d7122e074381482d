package al.tirana.sporteli.deadlines.control;

/** A time limit as a law or a service target states it, such as 10 working days or 24 hours. */
public record DeadlineRule(int amount, DeadlineUnit unit) {

    public DeadlineRule {
        if (amount <= 0) {
            throw new IllegalArgumentException("A deadline runs for a positive amount, not " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("A deadline needs a unit");
        }
    }
}
