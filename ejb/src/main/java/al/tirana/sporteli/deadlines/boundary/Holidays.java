package al.tirana.sporteli.deadlines.boundary;

import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.deadlines.control.RequestClocks;
import al.tirana.sporteli.deadlines.entity.Holiday;
import al.tirana.sporteli.deadlines.entity.HolidayKind;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.ConflictException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.requests.entity.RequestStatus;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The holiday calendar, edited by administrators. Every change recalculates the deadlines of the
 * requests still awaiting a decision, in the same transaction.
 */
@Stateless
public class Holidays {

    private static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestClocks clocks;

    @Inject
    AuditTrail audit;

    public List<Holiday> inYear(int year) {
        return em.createQuery("select h from Holiday h where h.day >= :from and h.day < :to order by h.day", Holiday.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
    }

    /** @return how many open requests had their deadlines recalculated */
    public int add(LocalDate day, String nameSq, String nameEn, HolidayKind kind, Caller caller) {
        requireAdmin(caller, "holiday.add.denied", String.valueOf(day));
        Map<String, String> errors = new LinkedHashMap<>();
        if (day == null) {
            errors.put("day", "field.required");
        }
        if (nameSq == null || nameSq.isBlank()) {
            errors.put("nameSq", "field.required");
        }
        if (nameEn == null || nameEn.isBlank()) {
            errors.put("nameEn", "field.required");
        }
        if (kind == null) {
            errors.put("kind", "field.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!em.createNamedQuery(Holiday.FIND_BY_DAY, Holiday.class).setParameter("day", day).getResultList().isEmpty()) {
            throw new ConflictException("holiday-exists", day + " is already a holiday");
        }
        em.persist(new Holiday(day, nameSq.strip(), nameEn.strip(), kind));
        em.flush();
        audit.record(caller, "holiday.add", "holiday", day.toString(), null, nameSq.strip() + " / " + kind);
        return recalculate();
    }

    public int remove(LocalDate day, Caller caller) {
        requireAdmin(caller, "holiday.remove.denied", String.valueOf(day));
        Holiday holiday = em.createNamedQuery(Holiday.FIND_BY_DAY, Holiday.class).setParameter("day", day)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(day + " is not a holiday"));
        em.remove(holiday);
        em.flush();
        audit.record(caller, "holiday.remove", "holiday", day.toString(), holiday.nameSq(), null);
        return recalculate();
    }

    private int recalculate() {
        clocks.calendarChanged();
        int count = 0;
        long after = 0;
        List<ServiceRequest> page;
        do {
            page = em.createNamedQuery(ServiceRequest.FIND_AWAITING_DECISION, ServiceRequest.class)
                    .setParameter("statuses", RequestStatus.AWAITING_DECISION)
                    .setParameter("after", after)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (ServiceRequest request : page) {
                clocks.reschedule(request);
                after = request.id();
                count++;
            }
            em.flush();
        } while (page.size() == PAGE);
        return count;
    }

    private void requireAdmin(Caller caller, String action, String day) {
        if (!caller.has(Role.ADMIN)) {
            audit.record(caller, action, "holiday", day, null, null);
            throw new AccessDeniedException("Only administrators edit the holiday calendar");
        }
    }
}
