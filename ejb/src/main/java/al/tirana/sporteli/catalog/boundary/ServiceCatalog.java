package al.tirana.sporteli.catalog.boundary;

import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.catalog.entity.HandlerKind;
import al.tirana.sporteli.catalog.entity.ServiceDefinition;
import al.tirana.sporteli.catalog.entity.ServiceTerms;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.units.entity.Department;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/** The catalog of services: read by everyone, changed by administrators only, one new version per change. */
@Stateless
public class ServiceCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<ServiceDefinition> current() {
        return em.createNamedQuery(ServiceDefinition.FIND_CURRENT, ServiceDefinition.class).getResultList();
    }

    public Optional<ServiceDefinition> current(String code) {
        return em.createNamedQuery(ServiceDefinition.FIND_CURRENT_BY_CODE, ServiceDefinition.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /**
     * The current version for intake to file a request under, read where the shared cache holds it rather than
     * copied into the transaction: intake only reads it, and the copy of a version with its documents, fields
     * and steps (and its comparison at commit) was a few percent of every intake. Never change what this returns.
     */
    public Optional<ServiceDefinition> currentForIntake(String code) {
        return em.createNamedQuery(ServiceDefinition.FIND_CURRENT_BY_CODE, ServiceDefinition.class)
                .setParameter("code", code)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .getResultStream()
                .findFirst();
    }

    public List<ServiceDefinition> versions(String code) {
        return em.createNamedQuery(ServiceDefinition.FIND_VERSIONS, ServiceDefinition.class)
                .setParameter("code", code)
                .getResultList();
    }

    /**
     * Publishes the terms as the newest version of their service (version 1 for a new code). The
     * current version is locked first, so two administrators saving at once cannot both become version n+1.
     */
    public ServiceDefinition define(ServiceTerms terms, Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            audit.record(caller, "catalog.define.denied", "service", String.valueOf(terms.code()), null, null);
            throw new AccessDeniedException("Only administrators change the service catalog");
        }
        terms.validated();
        if (terms.handlerKind() == HandlerKind.DEPARTMENT
                && em.createNamedQuery(Department.FIND_ALL, Department.class).getResultStream()
                        .noneMatch(d -> d.code().equals(terms.handlerDepartment()))) {
            throw InvalidInputException.of("handlerDepartment", "catalog.handler.unknownDepartment");
        }
        Optional<ServiceDefinition> previous = current(terms.code());
        previous.ifPresent(p -> {
            em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            p.supersede();
        });
        ServiceDefinition next = new ServiceDefinition(terms, previous.map(p -> p.versionNo() + 1).orElse(1),
                caller.name(), clock.instant());
        em.persist(next);
        em.flush();
        audit.record(caller, previous.isPresent() ? "catalog.version" : "catalog.create", "service", terms.code(),
                previous.map(p -> "version " + p.versionNo()).orElse(null), "version " + next.versionNo());
        return next;
    }

    public ServiceDefinition byId(long id) {
        ServiceDefinition definition = em.find(ServiceDefinition.class, id);
        if (definition == null) {
            throw new NotFoundException("No service version " + id);
        }
        return definition;
    }
}
