package al.tirana.sporteli.web.api;

import al.tirana.sporteli.platform.boundary.ApiClients;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Issues API keys to systems and apps; the key is in this one answer and nowhere else. */
@ApplicationScoped
@Path("api-clients")
@Produces(MediaType.APPLICATION_JSON)
public class ApiClientsResource {

    public record ClientInput(String name, Channel channel) {
    }

    public record IssuedKey(String name, Channel channel, String apiKey) {
    }

    @Inject
    ApiClients clients;

    @Inject
    CallerResolver callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(ClientInput input) {
        if (input == null) {
            throw InvalidInputException.of("body", "field.required");
        }
        String key = clients.issue(input.name(), input.channel(), callers.caller());
        return Response.status(Response.Status.CREATED).entity(new IssuedKey(input.name(), input.channel(), key)).build();
    }
}
