package al.tirana.sporteli.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A stretch of time the clocks stood still because the municipality waited for the citizen. */
@Embeddable
public class Pause {

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Pause() {
    }

    Pause(Instant startedAt) {
        this.startedAt = startedAt;
    }

    void end(Instant at) {
        this.endedAt = at;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public boolean running() {
        return endedAt == null;
    }

    public al.tirana.sporteli.deadlines.control.Pause asClockPause() {
        return new al.tirana.sporteli.deadlines.control.Pause(startedAt, endedAt);
    }
}
