package al.tirana.sporteli.web.api;

import al.tirana.sporteli.platform.boundary.StaffAccounts;
import al.tirana.sporteli.platform.boundary.StaffAccounts.AccountTerms;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.platform.entity.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Administrators manage staff accounts: their unit or department, roles, password and lockout. */
@ApplicationScoped
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    public record AccountView(String username, String fullName, String organisation, Set<Role> roles, boolean active,
                              Instant lockedUntil, Instant lastLoginAt) {

        static AccountView of(StaffAccount a) {
            return new AccountView(a.username(), a.fullName(), a.organisation(), a.roles(), a.active(), a.lockedUntil(),
                    a.lastLoginAt());
        }
    }

    @Inject
    StaffAccounts accounts;

    @Inject
    CallerResolver callers;

    @Context
    UriInfo uri;

    @GET
    public List<AccountView> list() {
        return accounts.list(callers.caller()).stream().map(AccountView::of).toList();
    }

    @POST
    public Response create(AccountTerms terms) {
        StaffAccount created = accounts.create(required(terms), callers.caller());
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(AccountView.of(created)).build();
    }

    @PUT
    @Path("{username}")
    public AccountView update(@PathParam("username") String username, AccountTerms terms) {
        return AccountView.of(accounts.update(username, required(terms), callers.caller()));
    }

    @POST
    @Path("{username}/unlock")
    public AccountView unlock(@PathParam("username") String username) {
        return AccountView.of(accounts.unlock(username, callers.caller()));
    }

    private static AccountTerms required(AccountTerms terms) {
        if (terms == null) {
            throw InvalidInputException.of("body", "field.required");
        }
        return terms;
    }
}
