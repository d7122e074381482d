package al.tirana.sporteli.deadlines.control;

import java.time.Instant;
import java.util.Objects;

/** A stretch during which the clock stood still, the municipality waiting for the citizen; no end while it lasts. */
public record Pause(Instant start, Instant end) {

    public Pause {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("A pause cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean running() {
        return end == null;
    }
}
