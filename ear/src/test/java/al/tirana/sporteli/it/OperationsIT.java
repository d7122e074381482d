package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.audit.boundary.AuditLog;
import al.tirana.sporteli.audit.entity.AuditEntry;
import al.tirana.sporteli.deadlines.boundary.Escalations;
import al.tirana.sporteli.emergency.boundary.DeadLetters;
import al.tirana.sporteli.emergency.boundary.Incidents;
import al.tirana.sporteli.emergency.boundary.Incidents.Report;
import al.tirana.sporteli.emergency.boundary.OperationsTimer;
import al.tirana.sporteli.emergency.entity.EntryKind;
import al.tirana.sporteli.emergency.entity.Incident;
import al.tirana.sporteli.emergency.entity.IncidentKind;
import al.tirana.sporteli.emergency.entity.IncidentSource;
import al.tirana.sporteli.emergency.entity.IncidentStatus;
import al.tirana.sporteli.emergency.entity.Team;
import al.tirana.sporteli.emergency.entity.TeamStatus;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.requests.boundary.ServiceRequests;
import al.tirana.sporteli.requests.boundary.Submission;
import al.tirana.sporteli.requests.entity.ApplicantKind;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.routing.control.Destinations;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Operational Center in the container: each way an incident arrives, duplicates, the
 * acknowledgement timer at chosen instants, teams, and a poison message's way from the dead-letter
 * queue to an incident and back onto its queue.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final Caller OPERATOR = new Caller("operator.it", EnumSet.of(Role.EMERGENCY_OPERATOR), null, "127.0.0.1", Channel.DESK);
    private static final Caller MANAGER = new Caller("manager.it", EnumSet.of(Role.MANAGER), null, "127.0.0.1", Channel.DESK);
    private static final Caller OFFICER = new Caller("officer.it", EnumSet.of(Role.UNIT_OFFICER), "NA01", "127.0.0.1", Channel.DESK);
    private static final Caller PORTAL = new Caller("portal", EnumSet.of(Role.SYSTEM), null, "127.0.0.1", Channel.PORTAL);
    private static final Caller AUDITOR = Caller.system("auditor.it");

    @Deployment
    static EnterpriseArchive deployment() {
        return SporteliDeployment.withProbe(OperationsIT.class, TestSender.class, QueueCounters.class);
    }

    @Inject
    Incidents incidents;

    @Inject
    OperationsTimer timer;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ServiceRequests requests;

    @Inject
    Escalations escalations;

    @Inject
    AuditLog auditLog;

    @Inject
    TestSender sender;

    private Incident call(IncidentKind kind, int severity, double lat, double lon) {
        return incidents.report(new Report(kind, severity, "Test " + kind + " " + UUID.randomUUID(), "Reported by a caller",
                null, "Rruga e Kavajës 10", lat, lon, "Arben Test", "+355 69 123 4567"), OPERATOR);
    }

    private static <T> T eventually(Supplier<Optional<T>> probe, Duration limit, String what) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not within " + limit + ": " + what);
    }

    private boolean audited(String action, long incidentId) {
        return auditLog.forSubject("incident", String.valueOf(incidentId), AUDITOR).stream()
                .map(AuditEntry::action).anyMatch(action::equals);
    }

    @Test
    void anOperatorsCallBecomesAnIncidentInItsUnitWithItsTimerRunning() {
        Incident incident = call(IncidentKind.FIRE, 2, 41.3317, 19.8172);

        assertEquals(IncidentStatus.REPORTED, incident.status());
        assertEquals(IncidentSource.CALL, incident.source());
        assertEquals(incident.reportedAt().plus(Duration.ofMinutes(10)), incident.ackDueAt(), "severity 2 is acknowledged within 10 minutes");
        assertEquals("Arben Test", incident.callerName());
        assertTrue(incidents.board(Incidents.Filter.ALL, MANAGER).stream().anyMatch(i -> i.id().equals(incident.id())));
        assertEquals(EntryKind.REPORTED, incidents.timeline(incident.id(), OPERATOR).get(0).kind());
        assertTrue(audited("incident.report", incident.id()));
    }

    @Test
    void badCallsAreRefusedFieldByField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> incidents.report(
                new Report(null, 7, " ", null, "NOWHERE", null, 41.3, null, null, "call me"), OPERATOR));
        assertEquals(Map.of("kind", "field.required", "severity", "incident.severity.range", "title", "field.required",
                "callerPhone", "incident.phone.format", "longitude", "incident.point.incomplete", "unitCode", "field.unknownValue"),
                e.fieldErrors());
    }

    @Test
    void onlyOperatorsActAndOnlyOperatorsAndManagersRead() {
        Incident incident = call(IncidentKind.SNOW, 3, 41.35, 19.85);

        assertThrows(AccessDeniedException.class, () -> incidents.triage(incident.id(), null, 2, null, MANAGER));
        assertThrows(AccessDeniedException.class, () -> incidents.get(incident.id(), OFFICER));
        assertThrows(AccessDeniedException.class, () -> incidents.board(Incidents.Filter.ALL, OFFICER));
        assertThrows(AccessDeniedException.class, () ->
                incidents.report(new Report(IncidentKind.FIRE, 1, "x", null, null, null, null, null, null, null), MANAGER));
        assertEquals(incident.id(), incidents.get(incident.id(), MANAGER).id());
        assertTrue(auditLog.forSubject("incident", String.valueOf(incident.id()), AUDITOR).stream()
                .anyMatch(a -> a.action().equals("incident.triage.denied") && a.actor().equals("manager.it")));
    }

    @Test
    void anEmergencyRequestArrivesOnTheEmergencyQueueAsAnIncidentLinkedToIt() throws Exception {
        ServiceRequest request = requests.submit(new Submission("CIVIL_EMERGENCY", ApplicantKind.PERSON, null, "Dritan Leka",
                null, "0691234567", "Rruga Dritan Hoxha 3", null, 41.33, 19.80, "Përmbytje në bodrum",
                Map.of("HAZARD", "flood"), null), PORTAL).request();
        String number = request.trackingNumber().toString();

        Incident incident = eventually(() -> incidents.board(Incidents.Filter.ALL, OPERATOR).stream()
                .filter(i -> i.requests().contains(number)).findFirst(), Duration.ofSeconds(20), "an incident for " + number);

        assertEquals(IncidentKind.FLOOD, incident.kind(), "the request's HAZARD field gives the kind");
        assertEquals(IncidentSource.REQUEST, incident.source());
        assertEquals(41.33, incident.latitude());
    }

    @Test
    void aMissedDeadlineRaisesOneInternalIncidentPerRequest() throws Exception {
        ServiceRequest request = requests.submit(new Submission("RESIDENT_CERTIFICATE", ApplicantKind.PERSON, SampleRequests.PERSONAL_NUMBER,
                "Test Afati", "test@example.al", null, "Rruga e Elbasanit 5", "Kashar", null, null, "test", Map.of(), null), PORTAL).request();
        String number = request.trackingNumber().toString();

        escalations.run(request.targetDueAt().plus(Duration.ofMinutes(1)));

        Incident incident = eventually(() -> incidents.board(new Incidents.Filter(null, IncidentKind.DEADLINE_BREACH, null), OPERATOR)
                .stream().filter(i -> i.requests().contains(number)).findFirst(), Duration.ofSeconds(20), "a breach incident");
        assertEquals("breach:" + number, incident.signalKey());
        assertEquals("KASH", incident.unitCode());
        assertEquals(IncidentSource.SIGNAL, incident.source());
    }

    @Test
    void aUnitBacklogOverTheThresholdRaisesAnIncidentThatResolvesWhenItShrinks() {
        String previous = System.getProperty("sporteli.operations.backlog-threshold");
        try {
            System.setProperty("sporteli.operations.backlog-threshold", "0");
            assertTrue(timer.backlogs(Instant.now()) > 0, "other tests left open tasks in some unit");
            List<Incident> raised = incidents.board(new Incidents.Filter(null, IncidentKind.UNIT_BACKLOG, null), OPERATOR).stream()
                    .filter(i -> i.status().open()).toList();
            assertFalse(raised.isEmpty());
            int again = timer.backlogs(Instant.now());
            assertEquals(raised.size(), incidents.board(new Incidents.Filter(null, IncidentKind.UNIT_BACKLOG, null), OPERATOR).stream()
                    .filter(i -> i.status().open()).count(), "one open incident per unit, however often the watch runs (" + again + ")");

            System.setProperty("sporteli.operations.backlog-threshold", "1000000");
            timer.backlogs(Instant.now());
            assertTrue(incidents.board(new Incidents.Filter(null, IncidentKind.UNIT_BACKLOG, null), OPERATOR).stream()
                    .noneMatch(i -> i.status().open()), "back under the threshold, the incidents resolve");
        } finally {
            if (previous == null) {
                System.clearProperty("sporteli.operations.backlog-threshold");
            } else {
                System.setProperty("sporteli.operations.backlog-threshold", previous);
            }
        }
    }

    @Test
    void aNewIncidentNearAnOpenOneOfTheSameKindIsOfferedAsADuplicate() {
        Incident first = call(IncidentKind.COLLAPSED_STRUCTURE, 2, 41.3200, 19.8000);
        Incident near = call(IncidentKind.COLLAPSED_STRUCTURE, 2, 41.3208, 19.8004);   // about 95 m away
        Incident far = call(IncidentKind.COLLAPSED_STRUCTURE, 2, 41.3400, 19.8000);    // about 2.2 km away
        Incident otherKind = call(IncidentKind.FIRE, 2, 41.3200, 19.8001);

        List<Incidents.Candidate> candidates = incidents.duplicates(near.id(), OPERATOR);

        assertTrue(candidates.stream().anyMatch(c -> c.incident().id().equals(first.id()) && c.meters() < 120 && c.meters() > 70));
        assertTrue(candidates.stream().noneMatch(c -> c.incident().id().equals(far.id())));
        assertTrue(candidates.stream().noneMatch(c -> c.incident().id().equals(otherKind.id())));

        incidents.link(near.id(), first.id(), OPERATOR);
        assertTrue(incidents.get(first.id(), OPERATOR).related().contains(near.id()));
        assertTrue(audited("incident.link", near.id()));
        assertTrue(audited("incident.link", first.id()));
    }

    @Test
    void aMergedDuplicateClosesIntoThePrimaryWithItsRequestsAndTeams() {
        Incident primary = call(IncidentKind.UTILITY_FAILURE, 2, 41.3100, 19.8200);
        Incident duplicate = call(IncidentKind.UTILITY_FAILURE, 2, 41.3101, 19.8201);
        Team team = incidents.teams(OPERATOR).stream().filter(t -> t.status() == TeamStatus.AVAILABLE).findFirst().orElseThrow();
        incidents.dispatch(duplicate.id(), team.code(), OPERATOR);

        incidents.merge(duplicate.id(), primary.id(), OPERATOR);

        Incident merged = incidents.get(duplicate.id(), OPERATOR);
        assertEquals(IncidentStatus.CLOSED, merged.status());
        assertEquals(primary.id(), merged.mergedInto());
        assertTrue(incidents.teamsOn(primary.id(), OPERATOR).stream().anyMatch(t -> t.code().equals(team.code())));
        assertTrue(audited("incident.merge", duplicate.id()));
        assertTrue(audited("incident.merge", primary.id()));
        assertThrows(ConflictException.class, () -> incidents.merge(duplicate.id(), primary.id(), OPERATOR));
        incidents.moveTo(primary.id(), IncidentStatus.RESOLVED, "Pipe repaired", OPERATOR);
    }

    @Test
    void severityOneMustBeAcknowledgedWithinTwoMinutesOrItEscalates() {
        Incident incident = call(IncidentKind.FIRE, 1, 41.3275, 19.8187);
        Instant reported = incident.reportedAt();

        timer.acknowledgements(reported.plus(Duration.ofSeconds(119)));
        assertEquals(0, incidents.get(incident.id(), OPERATOR).escalationLevel(), "not yet: two minutes have not passed");

        timer.acknowledgements(reported.plus(Duration.ofSeconds(121)));
        Incident escalated = incidents.get(incident.id(), OPERATOR);
        assertEquals(1, escalated.escalationLevel());
        assertTrue(Duration.between(reported.plus(Duration.ofSeconds(121 + 120)), escalated.ackDueAt()).abs().toMillis() < 1,
                "the next level gets two minutes: " + escalated.ackDueAt());
        assertTrue(incidents.timeline(incident.id(), OPERATOR).stream().anyMatch(e -> e.kind() == EntryKind.ESCALATION));
        assertTrue(audited("incident.escalate", incident.id()));

        timer.acknowledgements(reported.plus(Duration.ofSeconds(250)));
        assertEquals(2, incidents.get(incident.id(), OPERATOR).escalationLevel(), "still nobody: the next level");

        incidents.triage(incident.id(), IncidentKind.FIRE, 1, "Fire brigade informed", OPERATOR);
        timer.acknowledgements(reported.plus(Duration.ofHours(1)));
        Incident acknowledged = incidents.get(incident.id(), OPERATOR);
        assertEquals(2, acknowledged.escalationLevel(), "acknowledged: the timer stops");
        assertNotNull(acknowledged.acknowledgedAt());
    }

    @Test
    void teamsAreDispatchedArriveAndAreReleasedWhenTheIncidentIsResolved() {
        Incident incident = call(IncidentKind.FLOOD, 2, 41.3000, 19.7900);
        Team team = incidents.teams(OPERATOR).stream().filter(t -> t.status() == TeamStatus.AVAILABLE).findFirst().orElseThrow();

        incidents.dispatch(incident.id(), team.code(), OPERATOR);
        assertEquals(IncidentStatus.DISPATCHED, incidents.get(incident.id(), OPERATOR).status(), "sending a team also acknowledges");
        assertThrows(ConflictException.class, () -> incidents.dispatch(call(IncidentKind.FLOOD, 3, 41.0, 19.0).id(), team.code(), OPERATOR),
                "a team out on one incident cannot be sent to another");

        incidents.arrive(team.code(), OPERATOR);
        assertEquals(IncidentStatus.ON_SCENE, incidents.get(incident.id(), OPERATOR).status());

        incidents.moveTo(incident.id(), IncidentStatus.RESOLVED, "Water pumped out", OPERATOR);
        Team back = incidents.teams(OPERATOR).stream().filter(t -> t.code().equals(team.code())).findFirst().orElseThrow();
        assertEquals(TeamStatus.AVAILABLE, back.status());
        assertTrue(incidents.timeline(incident.id(), OPERATOR).stream().map(e -> e.kind()).toList()
                .containsAll(List.of(EntryKind.DISPATCH, EntryKind.ARRIVAL, EntryKind.STATUS, EntryKind.RECALL)));
        assertThrows(ConflictException.class, () -> incidents.moveTo(incident.id(), IncidentStatus.ON_SCENE, null, OPERATOR));
    }

    @Test
    void aPoisonMessageReachesTheBoardWithItsReasonAndGoesBackOnItsQueueWhenRetried() throws Exception {
        String probe = UUID.randomUUID().toString();
        Instant sent = Instant.now().minusSeconds(1);
        QueueCounters original = new QueueCounters("sporteli.unit.NA07");
        sender.raw(Destinations.UNIT_QUEUE_PREFIX + "NA07", "{\"schema\": 1, \"id\": \"" + probe + "\"}", probe);

        DeadLetters.View letter = eventually(() -> deadLetters.list(OPERATOR).stream()
                .filter(v -> v.letter().originalQueue().equals("sporteli.unit.NA07") && v.letter().sentAt().isAfter(sent)
                        && v.incidentId() != null).findFirst(),
                Duration.ofSeconds(40), "the poison message in the DLQ with its incident: " + deadLetters.list(OPERATOR));
        assertTrue(letter.reason() != null && letter.reason().contains("Not a routed message"), String.valueOf(letter));
        assertEquals(4, letter.attempts(), "the configured four attempts");
        Incident incident = incidents.get(letter.incidentId(), OPERATOR);
        assertEquals(IncidentKind.DEAD_LETTER, incident.kind());
        assertTrue(incident.description().contains("Not a routed message"));

        long addedBefore = original.added();
        assertThrows(AccessDeniedException.class, () -> deadLetters.retry(letter.letter().brokerId(), MANAGER));
        deadLetters.retry(letter.letter().brokerId(), OPERATOR);

        // the broker counts the move once its journal has it, which can be just after retry returns
        eventually(() -> Optional.of(original.added()).filter(added -> added > addedBefore),
                Duration.ofSeconds(10), "back on the queue it failed on");
        assertEquals(IncidentStatus.RESOLVED, incidents.get(incident.id(), OPERATOR).status());
        assertTrue(auditLog.forSubject("message", letter.letter().messageId(), AUDITOR).stream()
                .anyMatch(a -> a.action().equals("deadletter.retry") && a.actor().equals("operator.it")));

        // still poison: it fails again, comes back to the DLQ as a new arrival and raises a new incident
        DeadLetters.View again = eventually(() -> deadLetters.list(OPERATOR).stream()
                .filter(v -> v.letter().originalQueue().equals("sporteli.unit.NA07") && v.letter().sentAt().isAfter(sent)
                        && v.letter().brokerId() != letter.letter().brokerId())
                .filter(v -> v.incidentId() != null).findFirst(), Duration.ofSeconds(40), "the second dead-lettering");
        assertTrue(!again.incidentId().equals(incident.id()));
        deadLetters.discard(again.letter().brokerId(), OPERATOR);
        assertTrue(deadLetters.list(OPERATOR).stream().noneMatch(v -> v.letter().brokerId() == again.letter().brokerId()));
        assertTrue(auditLog.forSubject("message", again.letter().messageId(), AUDITOR).stream()
                .anyMatch(a -> a.action().equals("deadletter.discard")));
    }
}
