package al.tirana.sporteli.web.api;

import al.tirana.sporteli.platform.control.Jsons;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Builds RFC 9457 problem details, the only shape in which the API reports an error. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://sporteli.tirana.al/problems/";

    private Problem() {
    }

    /**
     * @param slug   short, stable name of the kind of problem; becomes the type URI
     * @param fields field name to message, for errors in what the caller sent; may be empty
     */
    public static Response response(Response.Status status, String slug, String title, String detail,
                                    Map<String, String> fields) {
        JsonObjectBuilder body = Jsons.createObjectBuilder()
                .add("type", TYPE_BASE + slug)
                .add("title", title)
                .add("status", status.getStatusCode());
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!fields.isEmpty()) {
            var errors = Jsons.createArrayBuilder();
            fields.forEach((field, message) -> errors.add(Jsons.createObjectBuilder()
                    .add("field", field).add("message", message)));
            body.add("errors", errors);
        }
        return Response.status(status).type(TYPE).entity(body.build().toString()).build();
    }
}
