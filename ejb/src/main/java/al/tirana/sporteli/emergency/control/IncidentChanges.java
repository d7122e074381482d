package al.tirana.sporteli.emergency.control;

import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.emergency.entity.EntryKind;
import al.tirana.sporteli.emergency.entity.Incident;
import al.tirana.sporteli.emergency.entity.IncidentEntry;
import al.tirana.sporteli.platform.entity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Applies a change to an incident the same way whoever makes it (an operator, a timer, a watch):
 * the change, its audit entry with the state before and after, and the notice to the boards.
 * The caller has checked that the change is allowed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IncidentChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    BoardNotices board;

    public Incident apply(Incident incident, String action, Caller caller, Consumer<Incident> change) {
        String before = incident.auditState();
        change.accept(incident);
        audit.record(caller, action, "incident", String.valueOf(incident.id()), before, incident.auditState());
        board.changed(incident);
        return incident;
    }

    public void entry(Incident incident, Caller caller, EntryKind kind, String text) {
        em.persist(new IncidentEntry(incident.id(), clock.instant(), caller.name(), kind, text));
    }
}
