package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.requests.boundary.ServiceRequests;
import al.tirana.sporteli.requests.boundary.Submission;
import al.tirana.sporteli.requests.entity.ApplicantKind;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.routing.boundary.MessageFailures;
import al.tirana.sporteli.routing.boundary.Outbox;
import al.tirana.sporteli.routing.boundary.RoutedWork;
import al.tirana.sporteli.routing.control.Destinations;
import al.tirana.sporteli.routing.control.RoutedMessage;
import al.tirana.sporteli.routing.entity.MessageFailure;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.units.entity.UnitCode;
import al.tirana.sporteli.workflow.control.TaskMessages;
import al.tirana.sporteli.workflow.entity.Task;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class MessagingIT {

    /** Longer than the 1 + 2 + 4 s of redelivery delays before a message is dead-lettered. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return SporteliDeployment.withProbe(MessagingIT.class, TestSender.class, QueueCounters.class);
    }

    @Inject
    TestSender sender;

    @Inject
    RoutedWork routedWork;

    @Inject
    MessageFailures failures;

    @Inject
    Outbox outbox;

    @Inject
    ServiceRequests requests;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory plainConnectionFactory;

    @Resource(lookup = Destinations.DEAD_LETTER_QUEUE)
    Queue deadLetters;

    private static final Caller PORTAL = new Caller("portal", EnumSet.of(Role.SYSTEM), null, "127.0.0.1", Channel.PORTAL);

    private static RoutedMessage sample(String kind) {
        return RoutedMessage.create(kind, Instant.now(),
                Json.createObjectBuilder().add("note", "sent by " + MessagingIT.class.getSimpleName()).build());
    }

    @Test
    void messageSentInACommittedTransactionIsConsumedAndRecorded() throws Exception {
        RoutedMessage message = sample("test.roundTrip");

        sender.commit(Destinations.unitQueue(new UnitCode("NA03")), message);

        waitFor(() -> routedWork.processed(message.id()).isPresent(), "the ledger records " + message.id());
        var line = routedWork.processed(message.id()).orElseThrow();
        assertEquals("test.roundTrip", line.kind());
        assertEquals(message.sentAt().truncatedTo(ChronoUnit.MILLIS), line.sentAt().truncatedTo(ChronoUnit.MILLIS), "the ledger keeps the sending time, for the routing time");
        assertFalse(line.processedAt().isBefore(line.sentAt()));
        assertTrue(line.destination().contains("sporteli.unit.NA03"), line.destination());
    }

    @Test
    void aMessageLeftInTheOutboxByACrashIsSentByTheSweep() throws Exception {
        RoutedMessage message = sample("test.leftBehind");

        sender.leaveInOutbox(Destinations.unitQueue(new UnitCode("NA04")), message);

        waitFor(() -> routedWork.processed(message.id()).isPresent(), "the sweep relays " + message.id());
        waitFor(() -> outbox.pending() == 0, "the relayed message leaves the outbox");
        assertTrue(routedWork.processed(message.id()).orElseThrow().destination().contains("sporteli.unit.NA04"));
    }

    @Test
    void aMessageTheBrokerTookButTheOutboxStillHoldsIsHandledOnce() throws Exception {
        QueueCounters counters = new QueueCounters("sporteli.unit.NA06");
        long acknowledgedBefore = counters.acknowledged();
        RoutedMessage message = sample("test.sentTwice");

        sender.onBrokerAndInOutbox(Destinations.unitQueue(new UnitCode("NA06")), message);

        waitFor(() -> counters.acknowledged() >= acknowledgedBefore + 2, "the copy sent before and the one the sweep sends are both taken");
        waitFor(() -> outbox.pending() == 0, "the row leaves the outbox");
        Instant handled = routedWork.processed(message.id()).orElseThrow().processedAt();
        assertFalse(routedWork.accept(message, "again"), "the ledger holds the message id once");
        assertEquals(handled, routedWork.processed(message.id()).orElseThrow().processedAt());
        assertNull(deadLettered("sporteliMessageId", message.id()), "the second copy was not treated as a failure");
    }

    @Test
    void rolledBackTransactionSendsNothing() throws Exception {
        QueueCounters counters = new QueueCounters("sporteli.unit.NA11");
        long before = counters.added();
        RoutedMessage rolledBack = sample("test.rolledBack");
        RoutedMessage committed = sample("test.committed");

        sender.rollBack(Destinations.unitQueue(new UnitCode("NA11")), rolledBack);
        sender.commit(Destinations.unitQueue(new UnitCode("NA11")), committed);

        waitFor(() -> routedWork.processed(committed.id()).isPresent(), "the committed message is handled");
        assertEquals(before + 1, counters.added(), "only the committed transaction put a message on the queue");
        assertFalse(routedWork.processed(rolledBack.id()).isPresent());
    }

    @Test
    void redeliveredMessageIsHandledOnce() throws Exception {
        QueueCounters counters = new QueueCounters("sporteli.unit.NA05");
        long acknowledgedBefore = counters.acknowledged();
        RoutedMessage message = sample("test.duplicate");

        sender.commit(Destinations.unitQueue(new UnitCode("NA05")), message);
        sender.commit(Destinations.unitQueue(new UnitCode("NA05")), message);

        waitFor(() -> counters.acknowledged() >= acknowledgedBefore + 2, "both deliveries are acknowledged");
        Instant firstHandled = routedWork.processed(message.id()).orElseThrow().processedAt();
        assertFalse(routedWork.accept(message, "again"), "a third delivery is recognised as already handled");
        assertEquals(firstHandled, routedWork.processed(message.id()).orElseThrow().processedAt());
        assertNull(deadLettered("sporteliMessageId", message.id()), "the duplicate was not treated as a failure");
    }

    @Test
    void consumerSkipsAMessageIdItHasSeen() {
        RoutedMessage message = sample("test.direct");

        assertTrue(routedWork.accept(message, "test"));
        assertFalse(routedWork.accept(message, "test"));
    }

    @Test
    void aTaskMessageIsTakenInOnceByItsRoundAndKeepsItsSendingTime() throws Exception {
        ServiceRequest request = requests.submit(new Submission("RESIDENT_CERTIFICATE", ApplicantKind.PERSON,
                SampleRequests.PERSONAL_NUMBER, "Test Messaging", "test@example.al", null, "Rruga e Kavajës 10", "Kashar",
                null, null, "test", Map.of(), null), PORTAL).request();
        waitFor(() -> tasksOf(request).size() == 1, "the request's first task is filed from its message");
        Task task = tasksOf(request).get(0);
        assertNotNull(task.sentAt(), "the task keeps when its message was sent, for the routing time");
        assertFalse(task.createdAt().isBefore(task.sentAt()));
        assertFalse(task.sentAt().isBefore(request.receivedAt().truncatedTo(ChronoUnit.MILLIS)));

        RoutedMessage copy = TaskMessages.taskRequested(new TaskMessages.TaskRequest(request.id(),
                request.trackingNumber().toString(), 1, task.stepPosition(), task.stepCode(), task.role(), task.queueCode(),
                task.dueAt()), Instant.now());
        RoutedMessage other = sample("test.besideTask");
        List<Boolean> accepted = routedWork.acceptAll(List.of(new RoutedWork.Delivery(copy, "test"),
                new RoutedWork.Delivery(other, "test")));

        assertEquals(List.of(false, true), accepted, "the round has its task; the other message is new");
        assertEquals(1, tasksOf(request).size(), "a second message for a filed round files nothing");
        assertTrue(routedWork.processed(copy.id()).isEmpty(), "a task message is known by its round, not by a ledger line");
        assertTrue(routedWork.processed(other.id()).isPresent(), "a message of another kind is known by its ledger line");
    }

    private List<Task> tasksOf(ServiceRequest request) {
        return em.createQuery("select t from Task t where t.requestId = :request", Task.class)
                .setParameter("request", request.id())
                .setHint("eclipselink.refresh", true)
                .getResultList();
    }

    @Test
    void aBatchTakesInEachMessageIdOnceAndAnswersForEachInOrder() {
        RoutedMessage seen = sample("test.batchSeen");
        RoutedMessage fresh = sample("test.batchFresh");
        assertTrue(routedWork.accept(seen, "test"));

        List<Boolean> accepted = routedWork.acceptAll(List.of(new RoutedWork.Delivery(seen, "test"),
                new RoutedWork.Delivery(fresh, "test"), new RoutedWork.Delivery(fresh, "test")));

        assertEquals(List.of(false, true, false), accepted, "handled before, new, and a copy of the new one");
        assertEquals("test.batchFresh", routedWork.processed(fresh.id()).orElseThrow().kind());
    }

    @Test
    void aMessageThatFailsInABatchIsRetriedAloneWhileItsNeighboursAreTakenInOnce() throws Exception {
        String[] units = {"NA01", "NA02", "NA08", "NA09", "NA10", "BALD"};
        List<String> queues = new ArrayList<>();
        List<RoutedMessage> burst = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            queues.add(Destinations.unitQueue(new UnitCode(units[i % units.length])));
            burst.add(sample("test.burst"));
        }
        // parses, but names no request: filing its task breaks the foreign key, and with it any batch it is in
        RoutedMessage faulty = TaskMessages.taskRequested(new TaskMessages.TaskRequest(-1, "SPT-2026-0000000", 1, 0,
                "RECEIVE", Role.UNIT_OFFICER, "NA02", null), Instant.now());
        queues.add(30, Destinations.unitQueue(new UnitCode("NA02")));
        burst.add(30, faulty);

        sender.commitAll(queues, burst);

        burst.remove(faulty);
        waitFor(() -> burst.stream().allMatch(m -> routedWork.processed(m.id()).isPresent()), "every neighbour is taken in");
        waitFor(() -> deadLettered("sporteliMessageId", faulty.id()) != null, "the faulty message reaches the DLQ");
        assertEquals(0L, em.createQuery("select count(t) from Task t where t.requestId = -1", Long.class).getSingleResult(),
                "the faulty message filed no task");
        assertTrue(burst.stream().noneMatch(m -> deadLettered("sporteliMessageId", m.id()) != null), "no neighbour was dead-lettered");
        long batches = burst.stream().map(m -> routedWork.processed(m.id()).orElseThrow().processedAt()).distinct().count();
        assertTrue(batches < burst.size(), "messages in hand at once were taken in together: " + batches + " batches for " + burst.size());
        Message dead = consumeDeadLetter("sporteliMessageId", faulty.id());
        MessageFailure failure = failures.byMessageIds(List.of(MessageFailures.plainId(dead.getJMSMessageID())))
                .get(MessageFailures.plainId(dead.getJMSMessageID()));
        assertEquals(4, failure.attempts(), "a failed batch is not counted against its messages");
    }

    @Test
    void poisonMessageEndsInTheDeadLetterQueueAfterFourAttemptsWhileTheQueueKeepsFlowing() throws Exception {
        String probe = UUID.randomUUID().toString();

        sender.raw(Destinations.unitQueue(new UnitCode("NA07")), "this is not a routed message", probe);
        // ordinary work on the same queue while the poison message is retried (1 s, 2 s, 4 s apart)
        List<Duration> routingTimes = new ArrayList<>();
        int handledBeforeDeadLetter = 0;
        for (int i = 0; i < 20; i++) {
            RoutedMessage ordinary = sample("test.traffic");
            sender.commit(Destinations.unitQueue(new UnitCode("NA07")), ordinary);
            waitFor(() -> routedWork.processed(ordinary.id()).isPresent(), "ordinary message " + ordinary.id() + " is handled");
            var line = routedWork.processed(ordinary.id()).orElseThrow();
            routingTimes.add(Duration.between(line.sentAt(), line.processedAt()));
            if (deadLettered("sporteliProbe", probe) == null) {
                handledBeforeDeadLetter++;
            }
            Thread.sleep(250);
        }

        waitFor(() -> deadLettered("sporteliProbe", probe) != null, "the poison message reaches the DLQ");
        assertTrue(handledBeforeDeadLetter >= 10,
                "ordinary messages were handled while the poison message was still being retried: " + handledBeforeDeadLetter);
        // the first one may meet the poison message's first delivery, or what earlier tests left on the queue
        assertTrue(routingTimes.subList(1, routingTimes.size()).stream().allMatch(t -> t.compareTo(Duration.ofSeconds(2)) < 0),
                "no ordinary message waited for the poison message's retries: " + routingTimes);
        Message dead = consumeDeadLetter("sporteliProbe", probe);
        assertNotNull(dead);
        assertEquals("jms.queue.sporteli.unit.NA07", dead.getStringProperty("_AMQ_ORIG_ADDRESS"));
        assertEquals("this is not a routed message", dead.getBody(String.class));
        MessageFailure failure = failures.byMessageIds(List.of(MessageFailures.plainId(dead.getJMSMessageID())))
                .get(MessageFailures.plainId(dead.getJMSMessageID()));
        assertNotNull(failure, "the reason was recorded");
        assertEquals(4, failure.attempts(), "tried exactly the configured number of times before the DLQ");
    }

    private Message deadLettered(String property, String value) {
        try (JMSContext context = plainConnectionFactory.createContext();
             var browser = context.createBrowser(deadLetters, property + " = '" + value + "'")) {
            var messages = browser.getEnumeration();
            return messages.hasMoreElements() ? (Message) messages.nextElement() : null;
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private Message consumeDeadLetter(String property, String value) {
        try (JMSContext context = plainConnectionFactory.createContext();
             var consumer = context.createConsumer(deadLetters, property + " = '" + value + "'")) {
            context.start();
            return consumer.receive(5_000);
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }
}
