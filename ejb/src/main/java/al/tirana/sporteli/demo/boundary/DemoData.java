package al.tirana.sporteli.demo.boundary;

import al.tirana.sporteli.catalog.boundary.ServiceCatalog;
import al.tirana.sporteli.catalog.entity.RequiredField;
import al.tirana.sporteli.catalog.entity.ServiceDefinition;
import al.tirana.sporteli.demo.control.DemoPeople;
import al.tirana.sporteli.demo.control.DemoPlan;
import al.tirana.sporteli.emergency.boundary.Incidents;
import al.tirana.sporteli.emergency.entity.Incident;
import al.tirana.sporteli.emergency.entity.IncidentKind;
import al.tirana.sporteli.platform.boundary.StaffAccounts;
import al.tirana.sporteli.platform.boundary.StaffAccounts.AccountTerms;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.requests.boundary.ServiceRequests;
import al.tirana.sporteli.requests.boundary.Submission;
import al.tirana.sporteli.requests.entity.ApplicantKind;
import al.tirana.sporteli.requests.entity.RequestStatus;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.units.entity.UnitLocality;
import al.tirana.sporteli.workflow.boundary.Tasks;
import al.tirana.sporteli.workflow.boundary.Tasks.Command;
import al.tirana.sporteli.workflow.control.Action;
import al.tirana.sporteli.workflow.entity.Task;
import al.tirana.sporteli.workflow.entity.TaskStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Seeds the demo and then works it, a step at a time, as officers and heads would: the requests'
 * next tasks arrive through the units' queues between two steps. Every request is received up to a
 * month back, so the deadline timer finds some overdue, as in a real office.
 */
@Singleton
@Startup
// after the first administrator: both would otherwise create "admin" at once, and the loser's
// unique-key failure would stop the whole deployment
@DependsOn({"DatabaseMigrations", "FirstAdministrator"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    /** The system property that turns the demo on; the run command sets it, production does not. */
    public static final String SWITCH = "sporteli.demo";
    static final int REQUESTS = 300;
    /** The demo accounts' password, given in the README; demo mode only. */
    static final String PASSWORD = "Sporteli-2026!";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");
    private static final Caller IMPORT = new Caller("demo", EnumSet.of(Role.SYSTEM), null, "127.0.0.1", Channel.SYSTEM);
    private static final List<String> HAZARDS = List.of("FLOOD", "FIRE", "SNOW", "UTILITY_FAILURE");
    private static final Caller OPERATOR = new Caller("operator", EnumSet.of(Role.EMERGENCY_OPERATOR), "EMERGENCY", "127.0.0.1", Channel.DESK);
    /** Rounds without a step taken before the demo stops working its requests. */
    private static final int IDLE_ROUNDS = 6;

    @Resource
    TimerService timers;

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceCatalog catalog;

    @Inject
    ServiceRequests requests;

    @Inject
    Tasks tasks;

    @Inject
    StaffAccounts accounts;

    @Inject
    Incidents incidents;

    @Inject
    Clock clock;

    private boolean seeded;
    private int idleRounds;

    @PostConstruct
    void schedule() {
        if (Boolean.getBoolean(SWITCH)) {
            staff();
            // after deployment, once the queues' consumers are listening
            next(5_000);
        }
    }

    /** One round at a time: a round may outlast any fixed interval. */
    private void next(long delayMillis) {
        timers.createSingleActionTimer(delayMillis, new TimerConfig("demo-data", false));
    }

    @Timeout
    void round() {
        if (!seeded) {
            seeded = true;
            seed();
        } else if (advance() > 0) {
            idleRounds = 0;
        } else if (++idleRounds >= IDLE_ROUNDS) {
            LOG.info("Demo data is in place");
            return;
        }
        next(2_000);
    }

    /** The demo's staff, one per role the README names, all with the same password. */
    void staff() {
        Caller system = Caller.system("demo");
        for (AccountTerms account : List.of(
                new AccountTerms("admin", "Administratori", null, Set.of(Role.ADMIN), PASSWORD, true),
                new AccountTerms("manager", "Drejtuesi", null, Set.of(Role.MANAGER), PASSWORD, true),
                new AccountTerms("auditor", "Auditori", null, Set.of(Role.AUDITOR), PASSWORD, true),
                new AccountTerms("operator", "Operatori i emergjencave", "EMERGENCY", Set.of(Role.EMERGENCY_OPERATOR), PASSWORD, true),
                new AccountTerms("desk.na01", "Sporteli i Njësisë 1", "NA01", Set.of(Role.DESK_OFFICER), PASSWORD, true),
                new AccountTerms("officer.na01", "Specialisti i Njësisë 1", "NA01", Set.of(Role.UNIT_OFFICER), PASSWORD, true),
                new AccountTerms("officer.na05", "Specialisti i Njësisë 5", "NA05", Set.of(Role.UNIT_OFFICER), PASSWORD, true),
                new AccountTerms("officer.tax", "Specialisti i Taksave", "TAX", Set.of(Role.DEPARTMENT_OFFICER), PASSWORD, true),
                new AccountTerms("head.tax", "Drejtori i Taksave", "TAX", Set.of(Role.DEPARTMENT_HEAD), PASSWORD, true))) {
            accounts.createIfAbsent(account, system);
        }
    }

    /** Files the demo requests, unless an earlier run did. */
    void seed() {
        long existing = em.createQuery("select count(r) from ServiceRequest r", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        Random random = new Random(2026);
        DemoPeople people = new DemoPeople(random);
        List<ServiceDefinition> services = catalog.current();
        List<String> localities = unambiguousLocalities();
        Instant now = clock.instant();
        int filed = 0;
        for (int i = 0; i < REQUESTS; i++) {
            ServiceDefinition service = services.get(random.nextInt(services.size()));
            if (service.emergency() && random.nextInt(4) > 0) {
                continue;
            }
            Channel channel = channel(random, service);
            boolean business = service.code().equals("TAX_BUSINESS_REGISTRATION") || service.code().equals("PUBLIC_SPACE_PERMIT");
            String name = business ? people.businessName() : people.personName();
            String locality = locality(random, localities);
            Submission submission = new Submission(service.code(), business ? ApplicantKind.BUSINESS : ApplicantKind.PERSON,
                    business ? people.nipt() : people.personalNumber(), name,
                    random.nextInt(3) == 0 ? null : people.email(name), people.phone(), people.address(), locality,
                    service.emergency() ? 41.31 + random.nextDouble() * 0.04 : null,
                    service.emergency() ? 19.79 + random.nextDouble() * 0.06 : null,
                    description(service), fields(service, random), null);
            Caller caller = new Caller(IMPORT.name(), IMPORT.roles(), null, IMPORT.address(), channel);
            try {
                requests.file(submission, caller, receivedAt(now, random));
                filed++;
            } catch (RuntimeException e) {
                LOG.warning("Demo request for " + service.code() + " not filed: " + e.getMessage());
            }
        }
        LOG.info("Demo data: " + filed + " requests filed");
        calls();
    }

    /** A few calls to the Operational Center, one of them near another (a duplicate to merge) and one team out. */
    void calls() {
        record Call(IncidentKind kind, int severity, String title, String unit, String address, double lat, double lon) {
        }
        List<Incident> taken = new ArrayList<>();
        for (Call call : List.of(
                new Call(IncidentKind.FLOOD, 2, "Ujë në bodrumet e pallateve", "NA09", "Rruga e Dibrës 210", 41.3420, 19.8290),
                new Call(IncidentKind.FLOOD, 2, "Rrjedhje uji nga rruga në bodrum", "NA09", "Rruga e Dibrës 214", 41.3424, 19.8293),
                new Call(IncidentKind.FIRE, 1, "Tym nga kati i katërt", "NA05", "Rruga e Kavajës 120", 41.3240, 19.7990),
                new Call(IncidentKind.SNOW, 3, "Rruga për në fshat e bllokuar nga bora", "DAJT", "Fshati Shëngjergj", 41.3700, 19.9100),
                new Call(IncidentKind.COLLAPSED_STRUCTURE, 2, "Mur rrethues i shembur mbi trotuar", "NA01", "Rruga Myslym Shyri 30", 41.3230, 19.8110))) {
            try {
                taken.add(incidents.report(new Incidents.Report(call.kind(), call.severity(), call.title(), null, call.unit(), call.address(),
                        call.lat(), call.lon(), "Qytetar", "+355 69 000 0000"), OPERATOR));
            } catch (RuntimeException e) {
                LOG.warning("Demo call not taken: " + e.getMessage());
            }
        }
        if (!taken.isEmpty()) {
            incidents.dispatch(taken.get(0).id(), "MC-2", OPERATOR);
        }
    }

    /** Takes the next step on every demo request short of its planned state; returns the steps taken. */
    int advance() {
        List<ServiceRequest> open = em.createQuery(
                        "select r from ServiceRequest r where r.status not in :done order by r.id", ServiceRequest.class)
                .setParameter("done", EnumSet.of(RequestStatus.CLOSED, RequestStatus.CANCELLED))
                .getResultList();
        int steps = 0;
        for (ServiceRequest request : open) {
            Optional<Command> next = nextStep(request, tasks.activeTask(request.id()));
            if (next.isEmpty()) {
                continue;
            }
            try {
                tasks.act(request.trackingNumber(), next.get(), actor(request, next.get().action()));
                steps++;
            } catch (RuntimeException e) {
                LOG.fine(() -> "Demo step on " + request.trackingNumber() + " not taken: " + e.getMessage());
            }
        }
        return steps;
    }

    private static Optional<Command> nextStep(ServiceRequest request, Optional<Task> task) {
        RequestStatus goal = DemoPlan.goal(request.trackingNumber().toString());
        RequestStatus status = request.status();
        if (goal == RequestStatus.RECEIVED || status == goal) {
            return Optional.empty();
        }
        if (goal == RequestStatus.CANCELLED) {
            return Optional.of(Command.of(Action.CANCEL).withReason("Kërkuesi e tërhoqi kërkesën"));
        }
        switch (status) {
            case APPROVED, REJECTED -> {
                return Optional.of(Command.of(Action.DELIVER));
            }
            case DELIVERED -> {
                return Optional.of(Command.of(Action.CLOSE));
            }
            case WAITING_FOR_CITIZEN -> {
                return Optional.empty();
            }
            default -> {
                // the next step's task is still on its way through the queue
                if (task.isEmpty()) {
                    return Optional.empty();
                }
            }
        }
        if (task.get().status() == TaskStatus.OPEN) {
            return Optional.of(Command.of(Action.CLAIM));
        }
        if (goal == RequestStatus.IN_REVIEW) {
            return Optional.empty();
        }
        if (goal == RequestStatus.WAITING_FOR_CITIZEN) {
            return Optional.of(Command.of(Action.REQUEST_DOCUMENTS).withReason("Mungon certifikata familjare e përditësuar"));
        }
        if (status == RequestStatus.PENDING_APPROVAL) {
            return goal == RequestStatus.REJECTED
                    ? Optional.of(Command.of(Action.REJECT).withReason("Nuk plotësohen kushtet ligjore"))
                    : Optional.of(Command.of(Action.APPROVE).withReason("Plotësohen kushtet"));
        }
        int next = request.currentStep() + 1;
        if (next >= request.service().steps().size()) {
            return Optional.empty();
        }
        return Optional.of(Command.of(request.service().step(next).isApproval() ? Action.SUBMIT_FOR_APPROVAL : Action.COMPLETE_STEP));
    }

    /** The officer or head of the queue the request waits in, named as staff accounts are. */
    private static Caller actor(ServiceRequest request, Action action) {
        String queue = request.queueCode();
        Role role = switch (action) {
            case APPROVE, REJECT, CANCEL -> Role.DEPARTMENT_HEAD;
            default -> request.service().step(request.currentStep()).role();
        };
        String prefix = role == Role.DEPARTMENT_HEAD ? "head." : "officer.";
        return new Caller(prefix + queue.toLowerCase(java.util.Locale.ROOT), Set.of(role), queue, "127.0.0.1", Channel.DESK);
    }

    private List<String> unambiguousLocalities() {
        Map<String, Long> units = em.createNamedQuery(UnitLocality.FIND_ALL, UnitLocality.class).getResultStream()
                .collect(Collectors.groupingBy(UnitLocality::name, Collectors.counting()));
        return units.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).sorted().toList();
    }

    /**
     * Where a demo request is about: the units of the demo accounts (NA01 and NA05) get a good share, so
     * that their officers find work waiting; one request in thirty names a place no unit's territory
     * lists, and waits in central triage.
     */
    private static String locality(Random random, List<String> localities) {
        int draw = random.nextInt(30);
        if (draw == 0) {
            return "Lagjja e Re";
        }
        if (draw < 9) {
            return "Ali Demi";
        }
        if (draw < 14) {
            return "Selita";
        }
        return localities.get(random.nextInt(localities.size()));
    }

    private static Channel channel(Random random, ServiceDefinition service) {
        int draw = random.nextInt(100);
        Channel wanted = draw < 40 ? Channel.DESK : draw < 75 ? Channel.PORTAL : draw < 90 ? Channel.MOBILE : Channel.SYSTEM;
        return service.offeredOn(wanted) ? wanted : Channel.DESK;
    }

    /** A working hour of one of the last thirty days; Sundays are skipped. */
    private static Instant receivedAt(Instant now, Random random) {
        var day = now.atZone(TIRANA).minusDays(random.nextInt(30));
        if (day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        Instant at = day.with(LocalTime.of(8, 0)).plusMinutes(random.nextInt(8 * 60)).toInstant();
        return at.isAfter(now) ? now.minus(Duration.ofMinutes(1 + random.nextInt(60))).truncatedTo(ChronoUnit.SECONDS) : at;
    }

    private static String description(ServiceDefinition service) {
        return switch (service.category()) {
            case "PUBLIC_SPACE" -> "Raportuar nga qytetari, kërkohet ndërhyrje sa më shpejt.";
            case "EMERGENCY" -> "Rrjedhje e madhe uji në katin përdhes, banorët kanë nevojë për ndihmë.";
            default -> "Kërkesë e paraqitur për " + service.nameSq().toLowerCase(java.util.Locale.ROOT) + ".";
        };
    }

    private static Map<String, String> fields(ServiceDefinition service, Random random) {
        Map<String, String> values = new HashMap<>();
        for (RequiredField field : service.fields()) {
            values.put(field.code(), switch (field.type()) {
                case NUMBER -> Integer.toString(2 + random.nextInt(60));
                case DATE -> "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
                case BOOLEAN -> Boolean.toString(random.nextBoolean());
                case TEXT -> switch (field.code()) {
                    case "KIND" -> "Ndarje";
                    case "HAZARD" -> HAZARDS.get(random.nextInt(HAZARDS.size()));
                    default -> field.nameSq();
                };
            });
        }
        return values;
    }
}
