package al.tirana.sporteli.web.api;

import al.tirana.sporteli.audit.boundary.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The audit trail of any subject, and the verification of the chain end to end; for auditors. */
@ApplicationScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record VerificationView(boolean intact, long entriesChecked, Long firstBrokenLink, String reason) {
    }

    @Inject
    AuditLog auditLog;

    @Inject
    CallerResolver callers;

    @GET
    @Path("{subjectType}/{subjectId}")
    public List<RequestsResource.AuditView> trail(@PathParam("subjectType") String subjectType,
                                                 @PathParam("subjectId") String subjectId) {
        return auditLog.forSubject(subjectType, subjectId, callers.caller()).stream()
                .map(RequestsResource.AuditView::of).toList();
    }

    @GET
    @Path("verify")
    public VerificationView verify() {
        AuditLog.Verification result = auditLog.verify(callers.caller());
        return new VerificationView(result.intact(), result.entriesChecked(),
                result.firstBrokenLink().map(AuditLog.BrokenLink::chainNo).orElse(null),
                result.firstBrokenLink().map(AuditLog.BrokenLink::reason).orElse(null));
    }
}
