package al.tirana.sporteli.web.api;

import al.tirana.sporteli.deadlines.boundary.Holidays;
import al.tirana.sporteli.deadlines.entity.HolidayKind;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The working-day calendar's holidays; adding or removing one recalculates open deadlines. */
@ApplicationScoped
@Path("holidays")
@Produces(MediaType.APPLICATION_JSON)
public class HolidaysResource {

    public record HolidayView(LocalDate day, String nameSq, String nameEn, HolidayKind kind) {
    }

    public record Recalculated(LocalDate day, int requestsRecalculated) {
    }

    @Inject
    Holidays holidays;

    @Inject
    CallerResolver callers;

    @GET
    public List<HolidayView> year(@QueryParam("year") Integer year) {
        int wanted = year == null ? Year.now(ZoneId.of("Europe/Tirane")).getValue() : year;
        return holidays.inYear(wanted).stream().map(h -> new HolidayView(h.day(), h.nameSq(), h.nameEn(), h.kind())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(HolidayView input) {
        if (input == null) {
            throw InvalidInputException.of("body", "field.required");
        }
        int count = holidays.add(input.day(), input.nameSq(), input.nameEn(), input.kind(), callers.caller());
        return Response.status(Response.Status.CREATED).entity(new Recalculated(input.day(), count)).build();
    }

    @DELETE
    @Path("{day}")
    public Recalculated remove(@PathParam("day") String day) {
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("day", "field.dateFormat");
        }
        return new Recalculated(date, holidays.remove(date, callers.caller()));
    }
}
