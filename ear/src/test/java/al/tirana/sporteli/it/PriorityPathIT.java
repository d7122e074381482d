package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.deadlines.boundary.Escalations;
import al.tirana.sporteli.emergency.boundary.Incidents;
import al.tirana.sporteli.emergency.entity.Incident;
import al.tirana.sporteli.emergency.entity.IncidentStatus;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.routing.control.Destinations;
import al.tirana.sporteli.routing.control.RoutedMessage;
import al.tirana.sporteli.units.boundary.AdministrativeUnits;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The emergency path under a backlog: thousands of ordinary messages wait on the units' queues while
 * emergency messages are sent one by one. The backlog is loaded with deliveries held back, then let go
 * all at once, so the units' consumers are busy with it when the emergencies come. None may queue
 * behind it: an emergency that did would find the backlog gone from the first one on, so the first half
 * must become incidents while it is still there (on a fast machine the consumers may drain it before
 * the last ones). The latencies are logged for the record.
 */
@ExtendWith(ArquillianExtension.class)
class PriorityPathIT {

    private static final Logger LOG = Logger.getLogger(PriorityPathIT.class.getName());
    private static final int BACKLOG = 12_000;
    private static final int SAMPLES = 20;
    private static final Caller OPERATOR = new Caller("operator.priority", EnumSet.of(Role.EMERGENCY_OPERATOR), null, "127.0.0.1", Channel.DESK);

    @Deployment
    static EnterpriseArchive deployment() {
        return SporteliDeployment.withProbe(PriorityPathIT.class, TestSender.class, QueueCounters.class);
    }

    /** Plain (not transaction-bound) connections, to load the queues as fast as the broker takes them. */
    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory plain;

    @Inject
    TestSender sender;

    @Inject
    AdministrativeUnits units;

    @Inject
    Incidents incidents;

    @PersistenceContext
    EntityManager em;

    @Test
    void anEmergencyIsHandledWhileTheUnitsBacklogIsStillWaiting() throws Exception {
        List<String> codes = units.all().stream().map(u -> u.code().value()).toList();
        List<QueueCounters> unitQueues = new ArrayList<>();
        for (String code : codes) {
            unitQueues.add(new QueueCounters("sporteli.unit." + code));
        }
        for (QueueCounters queue : unitQueues) {
            queue.pause();
        }
        try (JMSContext context = plain.createContext(JMSContext.SESSION_TRANSACTED)) {
            JMSProducer producer = context.createProducer();
            List<Queue> queues = new ArrayList<>();
            for (String code : codes) {
                queues.add((Queue) new InitialContext().lookup(Destinations.UNIT_QUEUE_PREFIX + code));
            }
            for (int i = 0; i < BACKLOG; i++) {
                RoutedMessage noop = RoutedMessage.create("load.ordinary", Instant.now(), Json.createObjectBuilder().add("n", i).build());
                producer.send(queues.get(i % queues.size()), noop.toJson());
                if (i % 1000 == 999) {
                    context.commit();
                }
            }
            context.commit();
        } finally {
            for (QueueCounters queue : unitQueues) {
                queue.resume();
            }
        }
        long backlogAtStart = waiting(unitQueues);
        LOG.info(() -> "Units' queues hold " + backlogAtStart + " messages");

        List<Long> latencies = new ArrayList<>();
        List<Long> backlogWhenHandled = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < SAMPLES; i++) {
            String number = "9999-" + run + "-" + i;
            Instant sent = Instant.now();
            sender.commit(Destinations.EMERGENCY_QUEUE, RoutedMessage.create(Escalations.DEADLINE_BREACH, sent, Json.createObjectBuilder()
                    .add("trackingNumber", number).add("service", "LOAD").add("queue", "TEST").add("dueAt", sent.toString()).build()));
            Instant reported = awaitIncident("breach:" + number, Duration.ofSeconds(60));
            backlogWhenHandled.add(waiting(unitQueues));
            latencies.add(Duration.between(sent, reported).toMillis());
            Thread.sleep(100);
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        LOG.info(() -> String.format("Emergency path under a backlog of %d: p50 %d ms, p95 %d ms, max %d ms; backlog left after the last one: %d",
                backlogAtStart, sorted.get(SAMPLES / 2), sorted.get((int) Math.ceil(SAMPLES * 0.95) - 1), sorted.get(SAMPLES - 1),
                backlogWhenHandled.get(SAMPLES - 1)));

        assertTrue(backlogAtStart > BACKLOG / 2, "the backlog was there when the emergencies came: " + backlogAtStart);
        assertTrue(backlogWhenHandled.get(SAMPLES / 2 - 1) > 0,
                "the units' backlog drained before half of the emergencies were handled: they may have waited behind it "
                        + backlogWhenHandled);

        // leave the board as it was
        for (Incident incident : incidents.board(new Incidents.Filter(null, null, null), OPERATOR)) {
            if (incident.title().startsWith("9999-" + run)) {
                incidents.moveTo(incident.id(), IncidentStatus.RESOLVED, "load test", OPERATOR);
                incidents.moveTo(incident.id(), IncidentStatus.CLOSED, "load test", OPERATOR);
            }
        }
        assertEquals(0, incidents.board(new Incidents.Filter(null, null, null), OPERATOR).stream()
                .filter(i -> i.title().startsWith("9999-" + run)).count());
    }

    private static long waiting(List<QueueCounters> queues) throws Exception {
        long total = 0;
        for (QueueCounters queue : queues) {
            total += queue.waiting();
        }
        return total;
    }

    private Instant awaitIncident(String key, Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            List<Instant> found = em.createQuery("select i.reportedAt from Incident i where i.signalKey = :key", Instant.class)
                    .setParameter("key", key).getResultList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(5);
        }
        throw new AssertionError("No incident for " + key + " within " + limit);
    }
}
