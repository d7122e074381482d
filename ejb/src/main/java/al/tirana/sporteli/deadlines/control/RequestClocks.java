package al.tirana.sporteli.deadlines.control;

import al.tirana.sporteli.catalog.entity.ServiceDefinition;
import al.tirana.sporteli.deadlines.entity.Holiday;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.workflow.entity.WorkflowStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs a request's two clocks, the legal deadline and the service target, on the working-day
 * calendar of the moment. The calendar is read from the holiday table and kept for a minute, so that
 * intake does not query it each time and an edit reaches every server soon.
 */
@ApplicationScoped
public class RequestClocks {

    private static final Duration CALENDAR_LIFETIME = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    private volatile WorkingDayCalendar calendar;
    private volatile Instant loadedAt = Instant.EPOCH;

    public WorkingDayCalendar calendar() {
        Instant now = Instant.now();
        WorkingDayCalendar current = calendar;
        if (current == null || loadedAt.plus(CALENDAR_LIFETIME).isBefore(now)) {
            List<LocalDate> days = em.createNamedQuery(Holiday.FIND_ALL, Holiday.class).getResultStream()
                    .map(Holiday::day).toList();
            current = new WorkingDayCalendar(days);
            calendar = current;
            loadedAt = now;
        }
        return current;
    }

    /** Forgets the cached calendar, after an edit on this server. */
    public void calendarChanged() {
        calendar = null;
    }

    /**
     * Sets both due times from receipt, pauses and extension. While the clocks are paused the due
     * times keep their last value; the escalation ignores paused requests.
     */
    public void reschedule(ServiceRequest request) {
        if (request.pausedSince() != null) {
            return;
        }
        ServiceDefinition service = request.service();
        List<Pause> pauses = request.pauses().stream().map(al.tirana.sporteli.requests.entity.Pause::asClockPause).toList();
        DeadlineCalculator calculator = new DeadlineCalculator(calendar());
        Instant legal = service.legalDeadline()
                .flatMap(rule -> calculator.due(request.receivedAt(), rule, pauses, request.extension()))
                .orElse(null);
        Instant target = calculator.due(request.receivedAt(), service.serviceTarget(), pauses, request.extension())
                .orElse(null);
        request.scheduleDeadlines(legal, target);
    }

    /** When a step that starts now should be done. */
    public Instant stepDue(Instant start, WorkflowStep step) {
        return new DeadlineCalculator(calendar()).due(start, step.limit(), List.of(), 0).orElse(null);
    }
}
