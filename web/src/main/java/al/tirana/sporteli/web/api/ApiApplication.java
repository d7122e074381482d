package al.tirana.sporteli.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The versioned REST API, at /sporteli/api/v1. A breaking change gets /api/v2 beside it, never in place. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
