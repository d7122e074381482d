package al.tirana.sporteli.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The versioned REST API, at /sporteli/api/v1. A breaking change gets /api/v2 beside it, never in place.
 * Its classes are listed so that Open311, the other application of this module, keeps its own.
 * The resources are application-scoped: they hold only injected proxies, and a resource built and
 * injected per call cost every intake a few percent of its processor time.
 */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(UnitsResource.class, CatalogResource.class, RequestsResource.class, TrackingResource.class, SessionResource.class, AccountsResource.class, DocumentsResource.class, TasksResource.class,
                HolidaysResource.class, AuditResource.class, ApiClientsResource.class, IncidentsResource.class, DeadLettersResource.class,
                JsonConfiguration.class, DatabaseDownFilter.class, RejectedKeyFilter.class, NulCharacterFilter.class, WebApplicationExceptionMapper.class, UnreadableBodyMapper.class, UnexpectedExceptionMapper.class,
                DomainExceptionMappers.InvalidInput.class, DomainExceptionMappers.AccessDenied.class,
                DomainExceptionMappers.NotFound.class, DomainExceptionMappers.Conflict.class,
                DomainExceptionMappers.MalformedTrackingNumber.class);
    }
}
