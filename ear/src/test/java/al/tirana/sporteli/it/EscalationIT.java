package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.deadlines.boundary.Escalations;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.requests.boundary.ServiceRequests;
import al.tirana.sporteli.requests.boundary.Submission;
import al.tirana.sporteli.requests.entity.ApplicantKind;
import al.tirana.sporteli.requests.entity.RequestStatus;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.workflow.entity.Notification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The escalation runs at a time the test chooses: the clock is a parameter of the boundary. */
@ExtendWith(ArquillianExtension.class)
class EscalationIT {

    private static final Caller PORTAL = new Caller("portal", EnumSet.of(Role.SYSTEM), null, "127.0.0.1", Channel.PORTAL);

    @Deployment
    static EnterpriseArchive deployment() {
        return SporteliDeployment.withProbe(EscalationIT.class, QueueCounters.class);
    }

    @Inject
    ServiceRequests requests;

    @Inject
    Escalations escalations;

    @PersistenceContext
    EntityManager em;

    private ServiceRequest file(String service, Map<String, String> fields) {
        return requests.submit(new Submission(service, ApplicantKind.PERSON, SampleRequests.PERSONAL_NUMBER, "Test Escalation",
                "test@example.al", null, "Rruga e Elbasanit 5", "Kashar", null, null, "test", fields, null), PORTAL).request();
    }

    private ServiceRequest reload(ServiceRequest request) {
        return requests.byTrackingNumber(request.trackingNumber(), Caller.system("test"));
    }

    @Test
    void warnsTheOfficerAndTheHeadBeforeTheServiceTarget() {
        ServiceRequest request = file("RESIDENT_CERTIFICATE", Map.of());

        escalations.run(request.targetDueAt().minus(Duration.ofHours(2)));

        ServiceRequest after = reload(request);
        assertTrue(after.warned());
        assertFalse(after.breached());
        List<Notification> notes = em.createNamedQuery(Notification.FIND_FOR_REQUEST, Notification.class)
                .setParameter("request", request.id()).getResultList();
        assertTrue(notes.stream().anyMatch(n -> n.kind() == Notification.Kind.DEADLINE_WARNING && n.role() == Role.UNIT_OFFICER));
        assertTrue(notes.stream().anyMatch(n -> n.kind() == Notification.Kind.DEADLINE_WARNING && n.role() == Role.DEPARTMENT_HEAD));
    }

    @Test
    void aServiceOfADayIsWarnedPartWayToItsTargetNotAtIntake() {
        ServiceRequest request = file("TAX_CERTIFICATE", Map.of());
        Instant warnAt = request.warnAt();
        assertTrue(warnAt.isAfter(request.receivedAt().plus(Duration.ofHours(12))) && warnAt.isBefore(request.targetDueAt()),
                "warned after most of the day has run: " + request.receivedAt() + " / " + warnAt + " / " + request.targetDueAt());

        escalations.run(request.receivedAt().plus(Duration.ofMinutes(1)));
        escalations.run(warnAt.minus(Duration.ofMinutes(1)));
        assertFalse(reload(request).warned(), "not yet");

        // the timer's next run: a run exactly at the stored time may fall short by the database's rounding
        escalations.run(warnAt.plus(Duration.ofSeconds(1)));
        assertTrue(reload(request).warned());
    }

    @Test
    void warnsEveryNearingRequestOfARunOnceEvenWhenTheyAreMoreThanOneBatch() {
        List<ServiceRequest> filed = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            filed.add(file("RESIDENT_CERTIFICATE", Map.of()));
        }
        java.time.Instant nearTarget = filed.get(filed.size() - 1).targetDueAt().minus(Duration.ofHours(2));

        Escalations.Outcome first = escalations.run(nearTarget);
        Escalations.Outcome second = escalations.run(nearTarget);

        assertTrue(first.warned() >= filed.size(), "warned " + first.warned());
        assertEquals(0, second.warned(), "a warned request is not warned again");
        for (ServiceRequest request : filed) {
            assertTrue(reload(request).warned(), request.trackingNumber().toString());
            List<Notification> notes = em.createNamedQuery(Notification.FIND_FOR_REQUEST, Notification.class)
                    .setParameter("request", request.id()).getResultList();
            assertEquals(2, notes.stream().filter(n -> n.kind() == Notification.Kind.DEADLINE_WARNING).count(),
                    "one warning for the officer and one for the head of " + request.trackingNumber());
        }
    }

    @Test
    void reportsABreachToTheHeadAndToTheOperationalCenter() throws Exception {
        ServiceRequest request = file("RESIDENT_CERTIFICATE", Map.of());
        QueueCounters emergency = new QueueCounters("sporteli.emergency");
        long before = emergency.added();

        escalations.run(request.targetDueAt().plus(Duration.ofMinutes(1)));

        assertTrue(reload(request).breached());
        // the message leaves through the outbox right after the commit
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (emergency.added() <= before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(emergency.added() > before, "an internal-process incident went to the Operational Center's queue");
        assertTrue(em.createNamedQuery(Notification.FIND_FOR_REQUEST, Notification.class).setParameter("request", request.id())
                .getResultStream().anyMatch(n -> n.kind() == Notification.Kind.DEADLINE_BREACH && n.role() == Role.DEPARTMENT_HEAD));
    }

    @Test
    void silenceIsRefusalWhereTheLawSaysSo() {
        ServiceRequest request = file("INFORMATION_REQUEST", Map.of("INFORMATION_SOUGHT", "Lista e lejeve të ndërtimit"));

        escalations.run(request.legalDueAt().minus(Duration.ofMinutes(1)));
        assertEquals(RequestStatus.RECEIVED, reload(request).status(), "before the legal deadline nothing is decided");

        escalations.run(request.legalDueAt().plus(Duration.ofMinutes(1)));

        ServiceRequest after = reload(request);
        assertEquals(RequestStatus.REJECTED, after.status());
        assertTrue(after.decisionNote().contains("Tacit refusal"));
    }

    @Test
    void aRequestIsOverdueAtTheLawsDeadlineWhereThereIsOneElseAtItsServiceTarget() {
        ServiceRequest information = file("INFORMATION_REQUEST", Map.of("INFORMATION_SOUGHT", "Vendimet e këshillit bashkiak"));
        ServiceRequest certificate = file("RESIDENT_CERTIFICATE", Map.of());
        assertEquals(information.legalDueAt(), information.breachAt());
        assertEquals(certificate.targetDueAt(), certificate.breachAt());

        // the certificate is due first, so the run that marks it overdue leaves the other alone
        assertTrue(certificate.breachAt().isBefore(information.breachAt().minus(Duration.ofMinutes(1))));
        for (ServiceRequest request : List.of(certificate, information)) {
            escalations.run(request.breachAt().minus(Duration.ofMinutes(1)));
            assertFalse(reload(request).breached(), request.serviceCode() + " a minute before it is due");

            escalations.run(request.breachAt().plus(Duration.ofSeconds(1)));
            assertTrue(reload(request).breached(), request.serviceCode() + " a second after it was due");
        }
    }

    @Test
    void noSilenceRuleMeansNoDecisionOnlyABreach() {
        ServiceRequest request = file("RESIDENT_CERTIFICATE", Map.of());

        escalations.run(request.targetDueAt().plus(Duration.ofDays(30)));

        ServiceRequest after = reload(request);
        assertEquals(RequestStatus.RECEIVED, after.status());
        assertTrue(after.breached());
    }
}
