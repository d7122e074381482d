package al.tirana.sporteli.web.open311;

import al.tirana.sporteli.web.api.NulCharacterFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Open311 GeoReport v2, beside the REST API, with its own error format. */
@ApplicationPath("/open311/v2")
public class Open311Application extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Open311Resource.class, Open311FailureMapper.class, NulCharacterFilter.class);
    }
}
