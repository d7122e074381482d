package al.tirana.sporteli.requests.boundary;

import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.catalog.boundary.ServiceCatalog;
import al.tirana.sporteli.catalog.entity.RequiredDocument;
import al.tirana.sporteli.catalog.entity.ServiceDefinition;
import al.tirana.sporteli.deadlines.control.RequestClocks;
import al.tirana.sporteli.platform.control.Jsons;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.requests.control.AccessCodes;
import al.tirana.sporteli.requests.control.IdentityNumbers;
import al.tirana.sporteli.requests.control.IntakeRules;
import al.tirana.sporteli.requests.control.ReceiptDocument;
import al.tirana.sporteli.requests.control.TrackingSerials;
import al.tirana.sporteli.requests.entity.AccessCode;
import al.tirana.sporteli.requests.entity.Applicant;
import al.tirana.sporteli.requests.entity.Attachment;
import al.tirana.sporteli.requests.entity.Location;
import al.tirana.sporteli.requests.entity.RequestStatus;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import al.tirana.sporteli.units.boundary.Territories;
import al.tirana.sporteli.workflow.boundary.Tasks;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/** Intake for every channel, and reading requests back. */
@Stateless
public class ServiceRequests {

    private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");

    /** The new or original request, and the access code: printed once, on the receipt of a new request. */
    public record Receipt(ServiceRequest request, AccessCode accessCode, boolean created) {
    }

    @PersistenceContext
    EntityManager em;

    /** Through the container, so that {@link #file} runs in its own transaction. */
    @EJB
    ServiceRequests self;

    @Inject
    ServiceCatalog catalog;

    @Inject
    Territories territories;

    @Inject
    TrackingSerials serials;

    @Inject
    AccessCodes accessCodes;

    @Inject
    RequestClocks clocks;

    @Inject
    Tasks tasks;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Files a request in a transaction of its own. A retry with a known idempotency key returns the
     * original request (see {@link #file}); when retries race, the unique key lets one insert win and the
     * losers read the winner's request once its transaction has committed.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt submit(Submission submission, Caller caller) {
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("Requests are filed by staff or by a system with an API key");
        }
        String key = submission.idempotencyKey();
        try {
            return self.file(submission, caller, clock.instant());
        } catch (EJBException | PersistenceException e) {
            if (key != null) {
                Optional<ServiceRequest> original = byIdempotencyKey(key);
                if (original.isPresent()) {
                    return new Receipt(original.get(), null, false);
                }
            }
            throw e;
        }
    }

    /**
     * Validates a request for its service, resolves its unit, gives it a tracking number and access
     * code, starts its clocks and sends its first step to the queue that must act, all in one transaction.
     * Only a system importing requests that were received elsewhere earlier (a unit's paper register)
     * may give a received time other than now; the clocks then run from that time.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Receipt file(Submission submission, Caller caller, Instant receivedAt) {
        // a retry is answered before anything else is checked or drawn; looked up here, on the connection the
        // filing uses anyway, rather than on one of its own before the transaction
        if (submission.idempotencyKey() != null) {
            Optional<ServiceRequest> original = byIdempotencyKey(submission.idempotencyKey());
            if (original.isPresent()) {
                return new Receipt(original.get(), null, false);
            }
        }
        Instant now = clock.instant();
        if (receivedAt.isAfter(now) || receivedAt.isBefore(now.minusSeconds(60)) && !caller.has(Role.SYSTEM)) {
            throw InvalidInputException.of("receivedAt", "intake.receivedAt");
        }
        if (!caller.hasAny(EnumSet.of(Role.DESK_OFFICER, Role.SYSTEM)) && caller.channel() == Channel.DESK) {
            throw new AccessDeniedException("Only desk officers file requests at a desk");
        }
        ServiceDefinition service = catalog.currentForIntake(submission.serviceCode() == null ? "" : submission.serviceCode())
                .orElseThrow(() -> InvalidInputException.of("serviceCode", "intake.service.unknown"));
        IntakeRules.check(submission, service, caller.channel());
        String unit = territories.resolve(submission.locality(), submission.latitude(), submission.longitude()).orElse(null);

        int year = receivedAt.atZone(TIRANA).getYear();
        TrackingNumber number = new TrackingNumber(year, serials.next(year));
        AccessCode code = accessCodes.generate();
        Applicant applicant = new Applicant(submission.applicantKind(), IdentityNumbers.normalised(submission.applicantNumber()),
                submission.applicantName().strip(), blankToNull(submission.email()), blankToNull(submission.phone()));
        Location location = new Location(blankToNull(submission.address()), blankToNull(submission.locality()),
                submission.latitude(), submission.longitude(), unit);
        ServiceRequest request = new ServiceRequest(number, accessCodes.hash(code), submission.idempotencyKey(), service,
                caller.channel(), applicant, location, blankToNull(submission.description()), fieldsJson(submission),
                Tasks.queueFor(service, unit).code(), receivedAt);
        clocks.reschedule(request);
        // written at commit with the task message and the audit entry, in one pass; a retry racing on the same
        // idempotency key then fails at commit, and submit answers it with the winner's request
        em.persist(request);
        tasks.route(request, 1);
        audit.record(caller, "request.submit", "request", number.toString(), null, request.auditState());
        return new Receipt(request, code, true);
    }

    /**
     * The applicant as they gave themselves on their latest request, so that the desk does not type a
     * returning citizen's details again. For desk officers only: it reveals contacts.
     */
    public Optional<Applicant> earlierApplicant(String number, Caller caller) {
        if (!caller.has(Role.DESK_OFFICER)) {
            audit.record(caller, "applicant.lookup.denied", "applicant", null, null, null);
            throw new AccessDeniedException("Only desk officers look applicants up");
        }
        String normalised = IdentityNumbers.normalised(number);
        if (normalised == null) {
            return Optional.empty();
        }
        return em.createQuery("select r.applicant from ServiceRequest r where r.applicant.number = :number order by r.id desc",
                        Applicant.class)
                .setParameter("number", normalised)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public Optional<ServiceRequest> byIdempotencyKey(String key) {
        return em.createNamedQuery(ServiceRequest.FIND_BY_IDEMPOTENCY_KEY, ServiceRequest.class)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** Staff read a request of their own unit or department; central roles read all. */
    public ServiceRequest byTrackingNumber(TrackingNumber number, Caller caller) {
        return readable(find(number), number, caller);
    }

    /**
     * A request to be shown, never changed: read-only and with its pauses in the same query, so that a look-up
     * costs one round trip and nothing to compare at commit. What changes the request or hangs things off it
     * (documents, incidents) reads it through {@link #byTrackingNumber}; actions lock it themselves.
     */
    public ServiceRequest toShow(TrackingNumber number, Caller caller) {
        return readable(findToShow(number), number, caller);
    }

    private ServiceRequest readable(Optional<ServiceRequest> found, TrackingNumber number, Caller caller) {
        ServiceRequest request = found.orElseThrow(() -> new NotFoundException("No request " + number));
        if (!mayRead(caller, request)) {
            audit.record(caller, "request.read.denied", "request", number.toString(), null, null);
            throw new AccessDeniedException("Request " + number + " belongs to another unit or department");
        }
        return request;
    }

    /**
     * The receipt the desk prints for the citizen. It carries the access code, which is kept only as a
     * hash: whoever asks must hold it, as the officer who has just filed the request does.
     */
    public byte[] receipt(TrackingNumber number, String accessCode, String trackingUrl, Caller caller) {
        ServiceRequest request = byTrackingNumber(number, caller);
        if (!accessCodes.matches(request.accessCodeHash(), accessCode)) {
            throw InvalidInputException.of("accessCode", "receipt.accessCode");
        }
        String handler = request.queueCode();
        String handlerName = em.createQuery("select u.nameSq from AdministrativeUnit u where u.code = :c", String.class)
                .setParameter("c", handler).getResultStream().findFirst()
                .or(() -> em.createQuery("select d.nameSq from Department d where d.code = :c", String.class)
                        .setParameter("c", handler).getResultStream().findFirst())
                .orElse(null);
        List<String> documents = em.createNamedQuery(Attachment.FIND_BY_REQUEST, Attachment.class)
                .setParameter("request", request.id()).getResultStream()
                .map(a -> request.service().documents().stream().filter(d -> d.code().equals(a.documentCode()))
                        .map(RequiredDocument::nameSq).findFirst().orElse(a.documentCode()))
                .distinct().toList();
        ServiceDefinition service = request.service();
        return ReceiptDocument.render(new ReceiptDocument.Content(number.toString(), AccessCode.normalised(accessCode),
                service.nameSq(), service.nameEn(), request.applicant().name(), handlerName, request.channel(),
                request.receivedAt(), request.legalDueAt(), request.targetDueAt(), service.feeLek(), documents,
                trackingUrl + "?n=" + number));
    }

    /** The citizen's view: the tracking number and the access code from the receipt, nothing else. */
    public ServiceRequest forCitizen(TrackingNumber number, String accessCode) {
        return findToShow(number)
                .filter(r -> accessCodes.matches(r.accessCodeHash(), accessCode))
                .orElseThrow(() -> new NotFoundException("No request " + number + " with that access code"));
    }

    private Optional<ServiceRequest> find(TrackingNumber number) {
        return withNumber(number).getResultStream().findFirst();
    }

    private Optional<ServiceRequest> findToShow(TrackingNumber number) {
        return withNumber(number)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setHint(QueryHints.LEFT_FETCH, "r.pauses")
                .getResultStream().findFirst();
    }

    private TypedQuery<ServiceRequest> withNumber(TrackingNumber number) {
        return em.createNamedQuery(ServiceRequest.FIND_BY_TRACKING_NUMBER, ServiceRequest.class)
                .setParameter("number", number.toString());
    }

    /** Filters of the request list; null means any. */
    public record Filter(String unitCode, String serviceCode, RequestStatus status, Boolean overdue, Channel channel,
                         Instant receivedFrom, Instant receivedTo) {
    }

    /**
     * A page of requests, newest first, after the request id {@code before} (keyset paging: a deep page
     * costs what the first one does). Staff see their own unit's and department's requests only.
     */
    public List<ServiceRequest> search(Filter filter, Long before, int limit, Caller caller) {
        StringBuilder jpql = new StringBuilder("select r from ServiceRequest r where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (caller.roles().isEmpty()) {
            throw new AccessDeniedException("Requests are listed for staff only");
        }
        if (!caller.seesAllOrganisations()) {
            jpql.append(" and (r.location.unitCode = :org or r.queueCode = :org or r.service.handlerDepartment = :org)");
            parameters.put("org", caller.organisation());
        }
        if (filter.unitCode() != null) {
            jpql.append(" and r.location.unitCode = :unit");
            parameters.put("unit", filter.unitCode());
        }
        if (filter.serviceCode() != null) {
            jpql.append(" and r.serviceCode = :service");
            parameters.put("service", filter.serviceCode());
        }
        if (filter.status() != null) {
            jpql.append(" and r.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.channel() != null) {
            jpql.append(" and r.channel = :channel");
            parameters.put("channel", filter.channel());
        }
        if (filter.receivedFrom() != null) {
            jpql.append(" and r.receivedAt >= :from");
            parameters.put("from", filter.receivedFrom());
        }
        if (filter.receivedTo() != null) {
            jpql.append(" and r.receivedAt < :to");
            parameters.put("to", filter.receivedTo());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            jpql.append(" and r.status in :open and r.breached = true");
            parameters.put("open", RequestStatus.AWAITING_DECISION);
        }
        if (before != null) {
            jpql.append(" and r.id < :before");
            parameters.put("before", before);
        }
        jpql.append(" order by r.id desc");
        // a page is only shown: read-only, and the pauses of all its requests read in one query rather than one each
        TypedQuery<ServiceRequest> query = em.createQuery(jpql.toString(), ServiceRequest.class)
                .setMaxResults(Math.max(1, Math.min(limit, 200)))
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setHint(QueryHints.BATCH, "r.pauses")
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Public reports for Open311: requests of the given services, newest first, by page. Open311
     * shows no personal data, so it lists only services meant for public issues.
     */
    public List<ServiceRequest> publicReports(Set<String> serviceCodes, List<String> trackingNumbers, Boolean open,
                                              Instant from, Instant to, int page, int pageSize) {
        if (serviceCodes.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select r from ServiceRequest r where r.serviceCode in :services");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("services", serviceCodes);
        if (trackingNumbers != null && !trackingNumbers.isEmpty()) {
            jpql.append(" and r.trackingNumber in :numbers");
            parameters.put("numbers", trackingNumbers);
        }
        if (open != null) {
            jpql.append(open ? " and r.status not in :finished" : " and r.status in :finished");
            parameters.put("finished", RequestStatus.FINISHED);
        }
        if (from != null) {
            jpql.append(" and r.receivedAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            jpql.append(" and r.receivedAt <= :to");
            parameters.put("to", to);
        }
        jpql.append(" order by r.id desc");
        TypedQuery<ServiceRequest> query = em.createQuery(jpql.toString(), ServiceRequest.class)
                .setFirstResult(Math.max(0, page - 1) * pageSize)
                .setMaxResults(pageSize);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    static boolean mayRead(Caller caller, ServiceRequest request) {
        if (caller.seesAllOrganisations() && !caller.roles().isEmpty()) {
            return true;
        }
        String org = caller.organisation();
        return org != null && (org.equals(request.unitCode()) || org.equals(request.queueCode())
                || org.equals(request.service().handlerDepartment()));
    }

    private static String fieldsJson(Submission submission) {
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        submission.fields().forEach((k, v) -> json.add(k, v == null ? "" : v.strip()));
        return json.build().toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
