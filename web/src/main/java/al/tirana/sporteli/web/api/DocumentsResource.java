package al.tirana.sporteli.web.api;

import al.tirana.sporteli.requests.boundary.Attachments;
import al.tirana.sporteli.requests.boundary.Attachments.Download;
import al.tirana.sporteli.requests.entity.Attachment;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The documents of a request: listed, uploaded as the raw bytes of one file, and downloaded. A download
 * is always saved, never shown inline, and a browser that opens it anyway runs nothing in it.
 */
@ApplicationScoped
@Path("requests/{trackingNumber}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public record DocumentView(long id, String documentCode, String name, String contentType, long size, String sha256,
                               Instant uploadedAt, String uploadedBy) {

        static DocumentView of(Attachment a) {
            return new DocumentView(a.id(), a.documentCode(), a.originalName(), a.contentType(), a.sizeBytes(), a.sha256(),
                    a.uploadedAt(), a.uploadedBy());
        }
    }

    @Inject
    Attachments attachments;

    @Inject
    CallerResolver callers;

    @Context
    UriInfo uri;

    @GET
    public List<DocumentView> list(@PathParam("trackingNumber") String trackingNumber) {
        return attachments.list(TrackingNumber.parse(trackingNumber), callers.caller()).stream()
                .map(DocumentView::of).toList();
    }

    /** The body is the file itself; its type is read from its bytes, whatever the Content-Type says. */
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response upload(@PathParam("trackingNumber") String trackingNumber, @QueryParam("document") String document,
                           @QueryParam("name") String name, byte[] content) {
        TrackingNumber number = TrackingNumber.parse(trackingNumber);
        Attachment attachment = attachments.add(number, document, name, content, callers.caller());
        return Response.created(uri.getBaseUriBuilder().path("requests").path(number.toString()).path("documents")
                        .path(String.valueOf(attachment.id())).build())
                .entity(DocumentView.of(attachment)).build();
    }

    /** Any Accept is served: the stored file's detected type decides what is sent. */
    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("trackingNumber") String trackingNumber, @PathParam("id") long id) {
        Download download = attachments.read(TrackingNumber.parse(trackingNumber), id, callers.caller());
        Attachment attachment = download.attachment();
        return Response.ok(download.content(), attachment.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.downloadName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    /**
     * {@code attachment} with the name twice (RFC 6266): an ASCII {@code filename} for old clients and the
     * UTF-8 {@code filename*} that keeps "ë" and "ç". Quotes, backslashes, path separators and control
     * characters are dropped first, so the name can neither end the header nor point into a folder.
     */
    static String contentDisposition(String name) {
        String safe = name == null ? "" : name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"\\\\/]", "").strip();
        if (safe.isEmpty()) {
            safe = "document";
        }
        return "attachment; filename=\"" + asciiFallback(safe) + "\"; filename*=UTF-8''" + percentEncoded(safe);
    }

    /** Letters lose their marks ("vërtetim" becomes "vertetim"); what is still not printable ASCII becomes "_". */
    private static String asciiFallback(String name) {
        String unmarked = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder ascii = new StringBuilder(unmarked.length());
        unmarked.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F ? (char) c : '_'));
        return ascii.toString();
    }

    /** RFC 8187 value characters: letters, digits and a few marks; every other byte of the UTF-8 as %XX. */
    private static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
