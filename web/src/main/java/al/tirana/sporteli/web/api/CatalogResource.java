package al.tirana.sporteli.web.api;

import al.tirana.sporteli.catalog.boundary.ServiceCatalog;
import al.tirana.sporteli.catalog.entity.FieldType;
import al.tirana.sporteli.catalog.entity.HandlerKind;
import al.tirana.sporteli.catalog.entity.RequiredDocument;
import al.tirana.sporteli.catalog.entity.RequiredField;
import al.tirana.sporteli.catalog.entity.ServiceDefinition;
import al.tirana.sporteli.catalog.entity.ServiceTerms;
import al.tirana.sporteli.catalog.entity.SilenceRule;
import al.tirana.sporteli.deadlines.control.DeadlineRule;
import al.tirana.sporteli.deadlines.control.DeadlineUnit;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.workflow.entity.WorkflowStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.Set;

/** The service catalog: read by anyone, changed by administrators, a new version per change. */
@ApplicationScoped
@Path("catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    public record Deadline(int amount, DeadlineUnit unit) {
        static Deadline of(DeadlineRule rule) {
            return rule == null ? null : new Deadline(rule.amount(), rule.unit());
        }

        DeadlineRule rule() {
            return new DeadlineRule(amount, unit);
        }
    }

    public record Document(String code, String nameSq, String nameEn, boolean mandatory, List<String> allowedTypes) {
    }

    public record Field(String code, String nameSq, String nameEn, FieldType type, boolean mandatory) {
    }

    public record Step(String code, String nameSq, String nameEn, Role role, Deadline limit) {
    }

    public record Service(String code, Integer version, String nameSq, String nameEn, String category, String legalBasis,
                          int feeLek, HandlerKind handlerKind, String handlerDepartment, Set<Channel> channels,
                          Deadline legalDeadline, Deadline serviceTarget, boolean targetPublished,
                          SilenceRule silenceRule, int extensionLimit, boolean emergency,
                          List<Document> documents, List<Field> fields, List<Step> steps) {

        static Service of(ServiceDefinition s) {
            return new Service(s.code(), s.versionNo(), s.nameSq(), s.nameEn(), s.category(), s.legalBasis(), s.feeLek(),
                    s.handlerKind(), s.handlerDepartment(), s.channels(), Deadline.of(s.legalDeadline().orElse(null)),
                    Deadline.of(s.serviceTarget()), s.targetPublished(), s.silenceRule(), s.extensionLimit(), s.emergency(),
                    s.documents().stream().map(d -> new Document(d.code(), d.nameSq(), d.nameEn(), d.mandatory(), d.allowedTypes())).toList(),
                    s.fields().stream().map(f -> new Field(f.code(), f.nameSq(), f.nameEn(), f.type(), f.mandatory())).toList(),
                    s.steps().stream().map(st -> new Step(st.code(), st.nameSq(), st.nameEn(), st.role(), Deadline.of(st.limit()))).toList());
        }

        ServiceTerms terms(String code) {
            try {
                return new ServiceTerms(code, nameSq, nameEn, category, legalBasis, feeLek, handlerKind, handlerDepartment,
                        channels, legalDeadline == null ? null : legalDeadline.rule(),
                        serviceTarget == null ? null : serviceTarget.rule(), targetPublished,
                        silenceRule, extensionLimit, emergency,
                        documents == null ? List.of() : documents.stream().map(d -> new RequiredDocument(d.code(), d.nameSq(), d.nameEn(), d.mandatory(),
                                d.allowedTypes() == null ? List.of("pdf") : d.allowedTypes())).toList(),
                        fields == null ? List.of() : fields.stream().map(f -> new RequiredField(f.code(), f.nameSq(), f.nameEn(), f.type(), f.mandatory())).toList(),
                        steps == null ? List.of() : steps.stream().map(st -> new WorkflowStep(st.code(), st.nameSq(), st.nameEn(), st.role(),
                                st.limit() == null ? null : st.limit().rule())).toList());
            } catch (IllegalArgumentException | NullPointerException e) {
                // a deadline without amount or unit, a step without a limit
                throw InvalidInputException.of("deadlines", "catalog.deadline.invalid");
            }
        }
    }

    @Inject
    ServiceCatalog catalog;

    @Inject
    CallerResolver callers;

    @Context
    UriInfo uri;

    @GET
    public List<Service> current() {
        return catalog.current().stream().map(Service::of).toList();
    }

    @GET
    @Path("{code}")
    public Service one(@PathParam("code") String code) {
        return catalog.current(code).map(Service::of)
                .orElseThrow(() -> new NotFoundException("No service with the code " + code));
    }

    @GET
    @Path("{code}/versions")
    public List<Service> versions(@PathParam("code") String code) {
        List<Service> versions = catalog.versions(code).stream().map(Service::of).toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("No service with the code " + code);
        }
        return versions;
    }

    /** Publishes a new version of the service (or its first one); open requests keep theirs. */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(@PathParam("code") String code, Service input) {
        if (input == null) {
            throw InvalidInputException.of("body", "field.required");
        }
        ServiceDefinition saved = catalog.define(input.terms(code), callers.caller());
        return Response.status(saved.versionNo() == 1 ? Response.Status.CREATED : Response.Status.OK)
                .location(uri.getBaseUriBuilder().path("catalog").path(code).build())
                .entity(Service.of(saved)).build();
    }
}
