package al.tirana.sporteli.web.api;

import al.tirana.sporteli.routing.control.Destinations;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.units.boundary.AdministrativeUnits;
import al.tirana.sporteli.units.boundary.Territories;
import al.tirana.sporteli.units.entity.AdministrativeUnit;
import al.tirana.sporteli.units.entity.UnitCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {

    /** What the API tells about a unit; the queue name lets integrators and operators find its backlog. */
    public record UnitView(String code, String nameSq, String nameEn, String kind, String queue) {

        static UnitView of(AdministrativeUnit unit) {
            return new UnitView(unit.code().value(), unit.nameSq(), unit.nameEn(), unit.kind().name(),
                    Destinations.unitQueue(unit.code()));
        }
    }

    public record Imported(int features) {
    }

    public record LocalityView(String name, String kind) {
    }

    @Inject
    AdministrativeUnits units;

    @Inject
    Territories territories;

    @Inject
    CallerResolver callers;

    @GET
    public List<UnitView> all() {
        return units.all().stream().map(UnitView::of).toList();
    }

    /** Imports unit boundaries (GeoJSON FeatureCollection, properties.code names the unit); administrators only. */
    @POST
    @Path("boundaries")
    @Consumes({MediaType.APPLICATION_JSON, "application/geo+json"})
    public Imported importBoundaries(String geojson) {
        return new Imported(territories.importBoundaries(geojson, callers.caller()));
    }

    @GET
    @Path("{code}/localities")
    public List<LocalityView> localities(@PathParam("code") String code) {
        UnitCode unit;
        try {
            unit = UnitCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("code", "units.unknown");
        }
        return territories.localities().stream().filter(l -> l.unitCode().equals(unit))
                .map(l -> new LocalityView(l.name(), l.kind().name())).toList();
    }

    @GET
    @Path("{code}")
    public Response one(@PathParam("code") String code) {
        UnitCode unitCode;
        try {
            unitCode = UnitCode.parse(code);
        } catch (IllegalArgumentException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "invalid-unit-code", "Invalid unit code",
                    "A unit code is 2 to 8 letters and digits, such as NA05 or KASH.", Map.of("code", "malformed"));
        }
        return units.byCode(unitCode)
                .map(unit -> Response.ok(UnitView.of(unit)).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "unit-not-found", "Unit not found",
                        "No administrative unit has the code " + unitCode + ".", Map.of()));
    }
}
