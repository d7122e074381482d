package al.tirana.sporteli.web.open311;

import al.tirana.sporteli.catalog.boundary.ServiceCatalog;
import al.tirana.sporteli.catalog.entity.RequiredField;
import al.tirana.sporteli.catalog.entity.ServiceDefinition;
import al.tirana.sporteli.platform.boundary.ApiClients;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.requests.boundary.ServiceRequests;
import al.tirana.sporteli.requests.boundary.Submission;
import al.tirana.sporteli.requests.entity.ApplicantKind;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import al.tirana.sporteli.web.api.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** GeoReport v2: discovery, services, service definitions, requests and tokens, each in .json or .xml. */
@ApplicationScoped
@Path("")
public class Open311Resource {

    /** Open311 is for issues in public space; personal services (taxes, aid) stay off it. */
    static final Set<String> PUBLIC_CATEGORIES = Set.of("PUBLIC_SPACE", "EMERGENCY");
    private static final int MAX_PAGE_SIZE = 200;
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

    @Inject
    ServiceCatalog catalog;

    @Inject
    ServiceRequests requests;

    @Inject
    ApiClients clients;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @GET
    @Path("discovery.{format:json|xml}")
    public Response discovery(@PathParam("format") String format) {
        Map<String, Object> endpoint = ordered("specification", "http://wiki.open311.org/GeoReport_v2",
                "url", uri.getBaseUri().toString().replaceAll("/$", ""),
                "changeset", "2026-01-01T00:00:00Z", "type", "production",
                "formats", List.of("application/json", "text/xml"));
        return Open311Format.of(format).single("discovery", ordered("changeset", "2026-01-01T00:00:00Z",
                "contact", "Bashkia Tiranë, Sporteli unik", "key_service", "Bashkia Tiranë issues API keys on request",
                "endpoints", List.of(endpoint)));
    }

    @GET
    @Path("services.{format:json|xml}")
    public Response services(@PathParam("format") String format) {
        List<Map<String, Object>> services = publicServices().stream()
                .map(s -> ordered("service_code", s.code(), "service_name", s.nameSq(), "description", s.nameEn(),
                        "metadata", !s.fields().isEmpty(), "type", "realtime", "keywords", s.category().toLowerCase(Locale.ROOT),
                        "group", s.category()))
                .toList();
        return Open311Format.of(format).list(Response.Status.OK, "services", "service", services);
    }

    @GET
    @Path("services/{code}.{format:json|xml}")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format) {
        Open311Format out = Open311Format.of(format);
        ServiceDefinition service = publicServices().stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
        if (service == null) {
            return out.error(404, "service_code " + code + " not found");
        }
        List<Map<String, Object>> attributes = new java.util.ArrayList<>();
        int order = 1;
        for (RequiredField field : service.fields()) {
            attributes.add(ordered("variable", true, "code", field.code(), "datatype", datatype(field),
                    "required", field.mandatory(), "datatype_description", field.nameEn(), "order", order++,
                    "description", field.nameSq()));
        }
        return out.single("service_definition", ordered("service_code", service.code(), "attributes", attributes));
    }

    @POST
    @Path("requests.{format:json|xml}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("format") String format, MultivaluedMap<String, String> form) {
        Open311Format out = Open311Format.of(format);
        Caller caller = clients.authenticate(form.getFirst("api_key"), http.getRemoteAddr()).orElse(null);
        if (caller == null) {
            return out.error(403, "api_key is missing or not valid");
        }
        String code = form.getFirst("service_code");
        if (code == null || publicServices().stream().noneMatch(s -> s.code().equals(code))) {
            return out.error(400, "service_code " + code + " not found");
        }
        return guarded(out, () -> {
            Map<String, String> attributes = new HashMap<>();
            form.forEach((key, values) -> {
                if (key.startsWith("attribute[") && key.endsWith("]") && !values.isEmpty()) {
                    attributes.put(key.substring(10, key.length() - 1), values.get(0));
                }
            });
            String name = String.join(" ", nonBlank(form.getFirst("first_name")), nonBlank(form.getFirst("last_name"))).strip();
            Submission submission = new Submission(code, ApplicantKind.PERSON, null, name.isEmpty() ? "Anonim" : name,
                    form.getFirst("email"), form.getFirst("phone"), form.getFirst("address_string"), null,
                    number(form.getFirst("lat"), "lat"), number(form.getFirst("long"), "long"), form.getFirst("description"),
                    attributes, null);
            ServiceRequest created = requests.submit(submission, caller).request();
            String id = created.trackingNumber().toString();
            return out.list(Response.Status.CREATED, "service_requests", "request",
                    List.of(ordered("service_request_id", id, "token", id,
                            "service_notice", "Kërkesa u regjistrua / Request registered")));
        });
    }

    @GET
    @Path("requests.{format:json|xml}")
    public Response list(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
                         @QueryParam("service_code") String codes, @QueryParam("start_date") String start,
                         @QueryParam("end_date") String end, @QueryParam("status") String status,
                         @QueryParam("page") Integer page, @QueryParam("page_size") Integer pageSize) {
        Open311Format out = Open311Format.of(format);
        return guarded(out, () -> {
            Set<String> publicCodes = publicServices().stream().map(ServiceDefinition::code).collect(Collectors.toSet());
            Set<String> wanted = codes == null ? publicCodes
                    : Arrays.stream(codes.split(",")).map(String::strip).filter(publicCodes::contains).collect(Collectors.toSet());
            List<String> numbers = ids == null ? null
                    : Arrays.stream(ids.split(",")).map(String::strip).map(TrackingNumber::parse).map(TrackingNumber::toString).toList();
            Instant to = date(end, "end_date");
            Instant from = date(start, "start_date");
            if (numbers == null && from == null) {
                from = (to == null ? Instant.now() : to).minus(DEFAULT_WINDOW);
            }
            Boolean open = status == null ? null : switch (status.strip().toLowerCase(Locale.ROOT)) {
                case "open" -> Boolean.TRUE;
                case "closed" -> Boolean.FALSE;
                default -> throw InvalidInputException.of("status", "field.unknownValue");
            };
            int size = pageSize == null ? 50 : Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
            List<Map<String, Object>> found = requests.publicReports(wanted, numbers, open, from, to,
                    page == null ? 1 : Math.max(1, page), size).stream().map(Open311Resource::report).toList();
            return out.list(Response.Status.OK, "service_requests", "request", found);
        });
    }

    @GET
    @Path("requests/{id}.{format:json|xml}")
    public Response one(@PathParam("id") String id, @PathParam("format") String format) {
        Open311Format out = Open311Format.of(format);
        return guarded(out, () -> {
            Set<String> publicCodes = publicServices().stream().map(ServiceDefinition::code).collect(Collectors.toSet());
            List<ServiceRequest> found = requests.publicReports(publicCodes, List.of(TrackingNumber.parse(id).toString()),
                    null, null, null, 1, 1);
            if (found.isEmpty()) {
                return out.error(404, "service_request_id " + id + " not found");
            }
            return out.list(Response.Status.OK, "service_requests", "request", List.of(report(found.get(0))));
        });
    }

    /** Requests are filed synchronously, so a token is the request's own id. */
    @GET
    @Path("tokens/{token}.{format:json|xml}")
    public Response token(@PathParam("token") String token, @PathParam("format") String format) {
        Open311Format out = Open311Format.of(format);
        return guarded(out, () -> {
            Set<String> publicCodes = publicServices().stream().map(ServiceDefinition::code).collect(Collectors.toSet());
            String id = TrackingNumber.parse(token).toString();
            if (requests.publicReports(publicCodes, List.of(id), null, null, null, 1, 1).isEmpty()) {
                return out.error(404, "token " + token + " not found");
            }
            return out.list(Response.Status.OK, "service_requests", "request", List.of(ordered("service_request_id", id, "token", id)));
        });
    }

    private List<ServiceDefinition> publicServices() {
        return catalog.current().stream().filter(s -> PUBLIC_CATEGORIES.contains(s.category())).toList();
    }

    private static Map<String, Object> report(ServiceRequest r) {
        Instant expected = r.legalDueAt() != null ? r.legalDueAt() : r.targetDueAt();
        return ordered("service_request_id", r.trackingNumber().toString(),
                "status", r.status().isOpen() ? "open" : "closed",
                "status_notes", r.decisionNote(),
                "service_name", r.service().nameSq(),
                "service_code", r.serviceCode(),
                "description", r.description(),
                "agency_responsible", r.queueCode(),
                "requested_datetime", r.receivedAt().toString(),
                "updated_datetime", (r.closedAt() != null ? r.closedAt() : r.receivedAt()).toString(),
                "expected_datetime", expected == null ? null : expected.toString(),
                "address", r.location().address(),
                "lat", r.location().latitude(),
                "long", r.location().longitude());
    }

    /** Runs an Open311 call and answers any refusal in the spec's own error format. */
    private Response guarded(Open311Format out, Supplier<Response> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            String description = e.fieldErrors().entrySet().stream()
                    .map(f -> f.getKey() + ": " + Messages.text(f.getValue(), Locale.ENGLISH))
                    .collect(Collectors.joining("; "));
            return out.error(400, description);
        } catch (IllegalArgumentException e) {
            return out.error(400, e.getMessage());
        }
    }

    private static String datatype(RequiredField field) {
        return switch (field.type()) {
            case NUMBER -> "number";
            case DATE -> "datetime";
            case BOOLEAN, TEXT -> "string";
        };
    }

    private static Double number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "intake.field.number");
        }
    }

    private static Instant date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "field.dateFormat");
        }
    }

    private static String nonBlank(String text) {
        return text == null ? "" : text.strip();
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
