package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.it.Http.Identity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Documents handed in with a request, and the desk's printed receipt. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

    static final Identity DESK_KASH = Identity.of("desk.kash", "DESK_OFFICER", "KASH");
    static final Identity OFFICER_NA01 = Identity.of("officer.na01", "UNIT_OFFICER", "NA01");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    private final Http http = new Http();
    private final HttpClient client = HttpClient.newHttpClient();

    private JsonObject fileInKashar() throws Exception {
        var filed = http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.residentCertificate("Kashar"), DESK_KASH);
        assertEquals(201, filed.statusCode(), filed.body());
        return Http.json(filed).asJsonObject();
    }

    private HttpResponse<byte[]> upload(String number, String document, String name, byte[] content, Identity who) throws Exception {
        String url = Http.BASE + "/api/v1/requests/" + number + "/documents?document=" + document + "&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8);
        return client.send(who.apply(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void acceptsADocumentByItsContentAndServesItBackOnlyAsADownload() throws Exception {
        String number = fileInKashar().getString("trackingNumber");

        var uploaded = upload(number, "FAMILY_CERTIFICATE", "çertifikata \"familjare\".pdf", PDF, DESK_KASH);
        assertEquals(201, uploaded.statusCode(), new String(uploaded.body(), StandardCharsets.UTF_8));
        var listed = Http.json(http.get(Http.BASE + "/api/v1/requests/" + number + "/documents", "application/json", DESK_KASH))
                .asJsonArray().getJsonObject(0);
        var download = client.send(DESK_KASH.apply(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1/requests/" + number
                + "/documents/" + listed.getJsonNumber("id").longValue()))).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals("application/pdf", listed.getString("contentType"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(!disposition.contains("\"familjare\""), "quotes from the user's file name never reach the header: " + disposition);
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(403, http.get(Http.BASE + "/api/v1/requests/" + number + "/documents", "application/json", OFFICER_NA01).statusCode());
    }

    @Test
    void refusesAFileWhoseContentIsNotOfAnAllowedType() throws Exception {
        String number = fileInKashar().getString("trackingNumber");
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        var disguised = upload(number, "FAMILY_CERTIFICATE", "certificate.pdf", page, DESK_KASH);
        var empty = upload(number, "FAMILY_CERTIFICATE", "empty.pdf", new byte[0], DESK_KASH);

        assertEquals(400, disguised.statusCode());
        assertTrue(new String(disguised.body(), StandardCharsets.UTF_8).contains("\"field\":\"file\""));
        assertEquals(400, empty.statusCode());
        assertEquals(0, Http.json(http.get(Http.BASE + "/api/v1/requests/" + number + "/documents", "application/json", DESK_KASH))
                .asJsonArray().size(), "nothing was stored");
    }

    @Test
    void refusesAnOversizedFileClearlyAndKeepsNoPathFromTheFileName() throws Exception {
        String number = fileInKashar().getString("trackingNumber");
        byte[] oversized = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, oversized, 0, PDF.length);

        var tooLarge = upload(number, "FAMILY_CERTIFICATE", "big.pdf", oversized, DESK_KASH);
        var tricky = upload(number, "FAMILY_CERTIFICATE", "../../../etc/passwd\\..\\x.pdf", PDF, DESK_KASH);

        assertEquals(400, tooLarge.statusCode());
        assertTrue(new String(tooLarge.body(), StandardCharsets.UTF_8).contains("\"field\":\"file\""));
        assertEquals(201, tricky.statusCode(), new String(tricky.body(), StandardCharsets.UTF_8));
        JsonObject stored = Http.json(http.get(Http.BASE + "/api/v1/requests/" + number + "/documents", "application/json", DESK_KASH))
                .asJsonArray().getJsonObject(0);
        assertTrue(!stored.getString("name").contains("/") && !stored.getString("name").contains("\\")
                && !stored.getString("name").contains(".."), stored.getString("name"));
        var download = client.send(DESK_KASH.apply(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1/requests/" + number
                + "/documents/" + stored.getJsonNumber("id").longValue()))).build(), HttpResponse.BodyHandlers.ofByteArray());
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(!disposition.contains("/") && !disposition.contains(".."), disposition);
    }

    @Test
    void printsTheReceiptForWhoeverHoldsTheAccessCode() throws Exception {
        JsonObject created = fileInKashar();
        String number = created.getString("trackingNumber");
        String url = Http.BASE + "/api/v1/requests/" + number + "/receipt";

        var receipt = askForReceipt(url, created.getString("accessCode"));
        var wrongCode = askForReceipt(url, "AAAAAAAA");

        assertEquals(200, receipt.statusCode());
        assertEquals("application/pdf", receipt.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(receipt.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        assertEquals(400, wrongCode.statusCode());
        assertEquals("application/problem+json", wrongCode.headers().firstValue("Content-Type").orElse(""));
    }

    private HttpResponse<byte[]> askForReceipt(String url, String accessCode) throws Exception {
        return client.send(DESK_KASH.apply(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("Accept", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("accessCode", accessCode).build().toString()))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
