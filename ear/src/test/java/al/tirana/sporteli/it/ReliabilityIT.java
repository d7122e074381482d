package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.it.Http.Identity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The short reliability checks that run in CI: a hundred concurrent retries of one submission, and
 * well over a thousand malformed and hostile inputs across every endpoint of the API and of Open311.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReliabilityIT {

    private static final Logger LOG = Logger.getLogger(ReliabilityIT.class.getName());
    static final Identity OFFICER_TAX = Identity.of("officer.reliability", "DEPARTMENT_OFFICER", "TAX");
    static final Identity OPERATOR = Identity.of("operator.reliability", "EMERGENCY_OPERATOR", null);
    static final Identity ADMIN = Identity.of("admin", "ADMIN", null);
    static final Identity AUDITOR = Identity.of("auditor.reliability", "AUDITOR", null);

    /** Strings that have broken software before: injections, scripts, odd Unicode, formats, paths. */
    static final List<String> NAUGHTY = List.of(
            "", " ", "\t\n", "null", "NULL", "undefined", "true", "-1", "0", "1e309", "NaN", "Infinity", "0x7fffffff",
            "99999999999999999999999999", "-0", "1/0", "' OR '1'='1", "'; DROP TABLE service_request; --", "\" OR \"\"=\"",
            "1; SELECT pg_sleep(5)", "' UNION SELECT password_hash FROM staff_account --", "admin'--", "%27%20OR%201=1",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg/onload=alert(1)>",
            "{{7*7}}", "${7*7}", "#{7*7}", "${jndi:ldap://127.0.0.1/a}", "%s%s%s%n", "%x%x%x", "../../../../etc/passwd",
            "..\\..\\windows\\win.ini", "/dev/null", "file:///etc/passwd", "\u0000", "a\u0000b", "\u202eevil", "\ufeffbom",
            "\ud83d\udca9\ud83d\ude00", "Ω≈ç√∫˜µ≤≥÷", "田中さんにあげて下さい", "ثم نفس سقطت وبالتحديد", "Zalgo: Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤",
            "ë".repeat(5000), "x".repeat(70_000), "\r\nSet-Cookie: a=b", "%0d%0aLocation:%20http://evil", "{\"$ne\": null}",
            "[]", "{}", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>");

    /**
     * A path whose percent-encoding is not UTF-8 is refused (400) by the web server while it decodes the
     * address, before any of Sporteli's code runs; that answer is the server's own page, not problem details.
     */
    private static final java.util.regex.Pattern UNDECODABLE = java.util.regex.Pattern.compile("%[89a-fA-F][0-9a-fA-F]");
    /** Dot segments, plain or encoded, are resolved by the server first: the address may then lead out of the API. */
    /**
     * A Java stack frame or cause line: what must never reach a user. Words alone are not enough, since
     * stored text may itself name an exception (an outage report quoting its monitor's error).
     */
    private static final java.util.regex.Pattern STACK_TRACE = java.util.regex.Pattern.compile(
            "\\bat [\\w$]+(\\.[\\w$]+)+\\(([\\w$]+\\.java:\\d+|Unknown Source|Native Method)\\)|Caused by: [\\w$.]+");
    private static final java.util.regex.Pattern DOT_SEGMENTS = java.util.regex.Pattern.compile("(?i)(\\.|%2e){2}");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SporteliDeployment.asBuilt();
    }

    /** Follows no redirect, so that where a probe would be sent shows. */
    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Http http = new Http();

    /** The hostile sign-ins throttle this address for minutes, so every identity used here signs in first. */
    @BeforeAll
    static void signInFirst() {
        for (Identity who : List.of(OFFICER_TAX, OPERATOR, ADMIN, AUDITOR)) {
            Credentials.session(who);
        }
    }

    @Test
    void aHundredConcurrentRetriesWithOneIdempotencyKeyCreateOneRequestAndOneTask() throws Exception {
        String key = "retry-" + UUID.randomUUID();
        Credentials.apiKey("SYSTEM");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Callable<HttpResponse<String>>> retries = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                retries.add(() -> new Http().postJson(Http.BASE + "/api/v1/requests", SampleRequests.taxCertificate(),
                        Identity.CLIENT, "Idempotency-Key", key));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : pool.invokeAll(retries)) {
                responses.add(future.get());
            }
            Set<String> numbers = responses.stream().map(r -> Http.json(r).asJsonObject().getString("trackingNumber"))
                    .collect(Collectors.toSet());
            assertEquals(1, numbers.size(), "one request for one key: " + numbers);
            assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count());
            assertEquals(99, responses.stream().filter(r -> r.statusCode() == 200).count());

            String number = numbers.iterator().next();
            long tasks = 0;
            for (int attempt = 0; attempt < 50 && tasks == 0; attempt++) {
                Thread.sleep(200);
                tasks = tasksFor(number);
            }
            Thread.sleep(1000);
            assertEquals(1, tasksFor(number), "its task reached the tax queue exactly once");
        } finally {
            pool.shutdownNow();
        }
    }

    private long tasksFor(String number) throws Exception {
        long count = 0;
        String cursor = "";
        while (true) {
            JsonObject page = Http.json(http.get(Http.BASE + "/api/v1/tasks?queue=TAX&limit=200" + cursor, "application/json",
                    OFFICER_TAX)).asJsonObject();
            var items = page.getJsonArray("items");
            count += items.stream().filter(t -> t.asJsonObject().getString("trackingNumber").equals(number)).count();
            if (page.isNull("next") || items.isEmpty()) {
                return count;
            }
            cursor = "&" + page.getString("next");
        }
    }

    @Test
    void aQueryParameterOfTheWrongKindIsRefusedByName() throws Exception {
        Map<String, Identity> asked = Map.of("/api/v1/holidays?year=next", ADMIN, "/api/v1/incidents?severity=high", OPERATOR,
                "/api/v1/incidents?kind=VOLCANO", OPERATOR, "/api/v1/tasks?queue=TAX&after=last", OFFICER_TAX,
                "/api/v1/requests?limit=many", ADMIN);
        for (var query : asked.entrySet()) {
            HttpResponse<String> response = http.get(Http.BASE + query.getKey(), "application/json", query.getValue());
            String parameter = query.getKey().replaceAll(".*[?&]([a-z]+)=[^=]*$", "$1");
            assertEquals(400, response.statusCode(), query.getKey() + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), query.getKey());
            assertEquals(parameter, Http.json(response).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        HttpResponse<String> open311 = http.get(Http.BASE + "/open311/v2/requests.json?page=second", "application/json");
        assertEquals(400, open311.statusCode(), open311.body());
        assertEquals("Invalid value for page", Http.json(open311).asJsonArray().getJsonObject(0).getString("description"));
    }

    @Test
    void hostileViewParametersGetAPageNeverAServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (String s : NAUGHTY) {
            String encoded = encoded(s);
            Map<String, Identity> asked = Map.of("/office/request.xhtml?n=" + encoded, OFFICER_TAX,
                    "/office/queue.xhtml?queue=" + encoded, OFFICER_TAX, "/operations/incident.xhtml?id=" + encoded, OPERATOR,
                    "/audit/trail.xhtml?type=" + encoded + "&id=" + encoded, AUDITOR, "/track.xhtml?n=" + encoded, Identity.NONE,
                    "/login.xhtml?next=" + encoded, Identity.NONE, "/units.xhtml?lang=" + encoded, Identity.NONE,
                    "/office/approvals.xhtml?lang=" + encoded, OFFICER_TAX);
            for (var page : asked.entrySet()) {
                HttpResponse<String> response = RAW.send(page.getValue().apply(HttpRequest.newBuilder(URI.create(Http.BASE + page.getKey()))
                        .timeout(Duration.ofSeconds(30)).header("Accept", "text/html")).build(), HttpResponse.BodyHandlers.ofString());
                pages++;
                String location = response.headers().firstValue("Location").orElse("");
                if (response.statusCode() >= 500) {
                    failures.add(response.statusCode() + " " + abbreviate(page.getKey()));
                } else if (STACK_TRACE.matcher(response.body()).find()) {
                    failures.add("stack trace: " + abbreviate(page.getKey()));
                } else if (s.indexOf('\0') >= 0 && response.statusCode() != 400) {
                    failures.add("NUL not refused: " + response.statusCode() + " " + abbreviate(page.getKey()));
                } else if (page.getValue() != Identity.NONE && location.contains("login.xhtml")) {
                    failures.add("sent to sign in, so the page was never reached: " + abbreviate(page.getKey()));
                } else if (!location.isEmpty() && !location.startsWith(Http.BASE) && !location.startsWith("/sporteli/")) {
                    failures.add("sent off the site to " + abbreviate(location) + ": " + abbreviate(page.getKey()));
                }
            }
        }
        // forged form posts: a view the session never held, a nonce not of PrimeFaces' form, a forged one, a NUL
        String forged = java.util.Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        for (String form : List.of("queue=queue&jakarta.faces.ViewState=1%3A2", "queue=queue&jakarta.faces.ViewState=1%3A2&primefaces.nonce=wrong",
                "queue=queue&jakarta.faces.ViewState=1%3A2&primefaces.nonce=" + java.net.URLEncoder.encode(forged, StandardCharsets.UTF_8),
                "queue=queue&jakarta.faces.ViewState=1%3A2&queue%3Asearch=a%00b")) {
            HttpResponse<String> response = RAW.send(OFFICER_TAX.apply(HttpRequest.newBuilder(URI.create(Http.BASE + "/office/queue.xhtml"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))).build(), HttpResponse.BodyHandlers.ofString());
            pages++;
            if (response.statusCode() != 400 || STACK_TRACE.matcher(response.body()).find()) {
                failures.add("forged form not refused with 400: " + response.statusCode() + " " + form);
            }
        }
        assertTrue(pages >= 400, "pages asked: " + pages);
        assertEquals(List.of(), failures.stream().limit(30).toList(), failures.size() + " failures");
    }

    /** Each hostile input, where it goes and what it must not cause. */
    private record Probe(String method, String path, Identity who, String contentType, byte[] body) {

        /** A receipt is a PDF, so its probes accept one; an error is problem details whatever was accepted. */
        String accept() {
            return path.endsWith("/receipt") ? "application/pdf" : "application/json";
        }
    }

    @Test
    void hostileInputGetsAClearRefusalNeverAServerError() throws Exception {
        String filed = Http.json(http.postJson(Http.BASE + "/api/v1/requests", SampleRequests.taxCertificate(), Identity.CLIENT))
                .asJsonObject().getString("trackingNumber");
        long incident = Http.json(http.postJson(Http.BASE + "/api/v1/incidents", Json.createObjectBuilder().add("kind", "FLOOD")
                .add("severity", 3).add("title", "Probe").build().toString(), OPERATOR)).asJsonObject().getJsonNumber("id").longValue();

        List<Probe> probes = new ArrayList<>();
        for (String s : NAUGHTY) {
            String encoded = encoded(s);
            // in every JSON field of an intake
            for (String field : List.of("serviceCode", "description", "idempotency")) {
                JsonObject body = Json.createReader(new java.io.StringReader(SampleRequests.taxCertificate())).readObject();
                var copy = Json.createObjectBuilder(body);
                copy.add(field, s);
                probes.add(new Probe("POST", "/api/v1/requests", Identity.CLIENT, "application/json", bytes(copy.build().toString())));
            }
            var applicant = Json.createObjectBuilder(SampleRequests.person("x").build()).add("number", s).add("name", s).build();
            probes.add(new Probe("POST", "/api/v1/requests", Identity.CLIENT, "application/json", bytes(Json.createObjectBuilder(
                    Json.createReader(new java.io.StringReader(SampleRequests.taxCertificate())).readObject()).add("applicant", applicant).build().toString())));
            // in path and query parameters
            probes.add(new Probe("GET", "/api/v1/requests/" + encoded, OFFICER_TAX, null, null));
            probes.add(new Probe("GET", "/api/v1/tracking/" + encoded + "?code=" + encoded, Identity.NONE, null, null));
            probes.add(new Probe("GET", "/api/v1/requests?unit=" + encoded + "&status=" + encoded + "&from=" + encoded + "&limit=" + encoded, ADMIN, null, null));
            probes.add(new Probe("GET", "/api/v1/tasks?queue=" + encoded + "&after=" + encoded, OFFICER_TAX, null, null));
            probes.add(new Probe("GET", "/api/v1/units/" + encoded, Identity.NONE, null, null));
            probes.add(new Probe("GET", "/api/v1/audit/" + encoded + "/" + encoded, ADMIN, null, null));
            probes.add(new Probe("GET", "/api/v1/incidents?severity=" + encoded + "&kind=" + encoded, OPERATOR, null, null));
            probes.add(new Probe("GET", "/open311/v2/requests/" + encoded + ".json", Identity.NONE, null, null));
            probes.add(new Probe("GET", "/open311/v2/requests.json?service_request_id=" + encoded + "&start_date=" + encoded, Identity.NONE, null, null));
            probes.add(new Probe("POST", "/open311/v2/requests.json", Identity.NONE, "application/x-www-form-urlencoded",
                    bytes("service_code=" + encoded + "&lat=" + encoded + "&long=" + encoded + "&description=" + encoded)));
            // in the other bodies
            probes.add(new Probe("POST", "/api/v1/session", Identity.NONE, "application/json",
                    bytes(Json.createObjectBuilder().add("username", s).add("password", s).build().toString())));
            probes.add(new Probe("POST", "/api/v1/requests/" + filed + "/actions", OFFICER_TAX, "application/json",
                    bytes(Json.createObjectBuilder().add("action", s).add("reason", s).build().toString())));
            probes.add(new Probe("POST", "/api/v1/incidents", OPERATOR, "application/json",
                    bytes(Json.createObjectBuilder().add("kind", s).add("severity", 1).add("title", s).build().toString())));
            probes.add(new Probe("POST", "/api/v1/incidents", OPERATOR, "application/json",
                    bytes(Json.createObjectBuilder().add("kind", "FIRE").add("severity", 2).add("title", s).add("address", s)
                            .add("unitCode", s).add("callerPhone", s).build().toString())));
            probes.add(new Probe("POST", "/api/v1/incidents/" + incident + "/actions", OPERATOR, "application/json",
                    bytes(Json.createObjectBuilder().add("action", "NOTE").add("note", s).build().toString())));
            probes.add(new Probe("POST", "/api/v1/incidents/" + incident + "/actions", OPERATOR, "application/json",
                    bytes(Json.createObjectBuilder().add("action", "LINK_REQUEST").add("trackingNumber", s).build().toString())));
            probes.add(new Probe("POST", "/api/v1/holidays", ADMIN, "application/json",
                    bytes(Json.createObjectBuilder().add("day", s).add("nameSq", s).add("nameEn", s).add("kind", s).build().toString())));
            probes.add(new Probe("DELETE", "/api/v1/holidays/" + encoded, ADMIN, null, null));
            probes.addAll(theOtherEndpoints(s, encoded, filed, incident));
        }
        // wrong types and shapes
        for (String body : List.of("", "null", "[]", "42", "\"text\"", "{", "{\"serviceCode\": 7}", "{\"serviceCode\": []}",
                "{\"serviceCode\": {}}", "{\"applicant\": \"x\"}", "{\"applicant\": [1,2]}", "{\"location\": 5}",
                "{\"location\": {\"latitude\": \"north\"}}", "{\"location\": {\"latitude\": 1e400}}", "{\"fields\": [\"a\"]}",
                "{\"fields\": {\"a\": {\"b\": 1}}}", "{\"serviceCode\": \"TAX_CERTIFICATE\", \"unknown\": true}",
                "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000))) {
            for (String path : List.of("/api/v1/requests", "/api/v1/incidents", "/api/v1/session", "/api/v1/holidays",
                    "/api/v1/requests/" + filed + "/actions", "/api/v1/incidents/" + incident + "/actions", "/api/v1/catalog/TAX_CERTIFICATE")) {
                Identity who = path.contains("incidents") ? OPERATOR : path.contains("holidays") || path.contains("catalog") ? ADMIN
                        : path.contains("actions") ? OFFICER_TAX : Identity.CLIENT;
                probes.add(new Probe(path.contains("catalog") ? "PUT" : "POST", path, who, "application/json", bytes(body)));
            }
        }
        // invalid UTF-8, wrong content types, oversized bodies
        byte[][] invalid = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
        for (byte[] bad : invalid) {
            for (String path : List.of("/api/v1/requests", "/api/v1/incidents", "/api/v1/session", "/api/v1/holidays")) {
                byte[] body = concat(bytes("{\"serviceCode\": \"TAX_CERTIFICATE\", \"description\": \""), bad, bytes("\", \"title\": \""), bad, bytes("\"}"));
                Identity who = path.contains("incidents") ? OPERATOR : path.contains("holidays") ? ADMIN : Identity.CLIENT;
                probes.add(new Probe("POST", path, who, "application/json", body));
                probes.add(new Probe("POST", path, who, "text/plain", body));
                probes.add(new Probe("POST", path, who, "application/xml", bytes("<a>&x;</a>")));
            }
        }
        probes.add(new Probe("POST", "/api/v1/requests", Identity.CLIENT, "application/json",
                bytes("{\"description\": \"" + "a".repeat(12 * 1024 * 1024) + "\"}")));
        probes.add(new Probe("POST", "/api/v1/incidents", OPERATOR, "application/json",
                bytes("{\"title\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}")));
        // path tricks
        for (String trick : List.of("/api/v1/requests/..%2f..%2fstaff_account", "/api/v1/requests/%2e%2e/%2e%2e/etc/passwd",
                "/api/v1/requests/..;/..;/admin", "/api/v1/requests;jsessionid=abc", "/api/v1/units/%00", "/api/v1/units/%ff%fe",
                "/api/v1/audit/request/..%5c..%5c", "/api/v1//requests//", "/api/v1/requests/%252e%252e%252f", "/api/v1/incidents/-1",
                "/api/v1/incidents/99999999999999999999", "/api/v1/incidents/1e3", "/api/v1/dead-letters/abc/retry",
                "/api/v1/requests/" + filed + "/documents/..%2f..%2f..%2fetc%2fpasswd", "/WEB-INF/web.xml", "/WEB-INF/../WEB-INF/web.xml",
                "/operations/tiles/../../WEB-INF/web.xml", "/jakarta.faces.resource/../WEB-INF/web.xml.xhtml",
                "/open311/v2/requests/%2e%2e.json", "/open311/v2/services/..%2f..%2f.xml")) {
            for (String method : List.of("GET", "POST", "DELETE")) {
                probes.add(new Probe(method, trick, OPERATOR, method.equals("POST") ? "application/json" : null, method.equals("POST") ? bytes("{}") : null));
            }
        }

        int accountsBefore = Http.json(http.get(Http.BASE + "/api/v1/accounts", "application/json", ADMIN)).asJsonArray().size();
        int servicesBefore = Http.json(http.get(Http.BASE + "/api/v1/catalog", "application/json")).asJsonArray().size();
        List<String> failures = new ArrayList<>();
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        int accepted = 0;
        int accountsCreated = 0;
        int servicesCreated = 0;
        for (Probe probe : probes) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.BASE + probe.path())).timeout(Duration.ofSeconds(30))
                    .header("Accept", probe.accept())
                    .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
            if (probe.contentType() != null) {
                request.header("Content-Type", probe.contentType());
            }
            HttpResponse<String> response;
            try {
                response = RAW.send(probe.who().apply(request).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                failures.add("no answer (" + e.getMessage() + "): " + probe.method() + " " + abbreviate(probe.path()));
                continue;
            }
            statuses.merge(response.statusCode(), 1L, Long::sum);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() >= 500) {
                failures.add(response.statusCode() + " " + probe.method() + " " + abbreviate(probe.path()) + " " + abbreviate(response.body()));
            } else if (response.statusCode() >= 400 && probe.path().startsWith("/api/v1/") && !type.startsWith("application/problem+json")
                    && !UNDECODABLE.matcher(probe.path()).find() && !DOT_SEGMENTS.matcher(probe.path()).find()) {
                failures.add("not problem+json: " + response.statusCode() + " " + type + " " + probe.method() + " " + abbreviate(probe.path()));
            } else if (STACK_TRACE.matcher(response.body()).find()) {
                failures.add("stack trace: " + probe.method() + " " + abbreviate(probe.path()));
            } else if (response.statusCode() == 201 && probe.path().equals("/api/v1/requests")) {
                // accepted: then whole, and exactly what was sent
                String sent = Json.createReader(new java.io.ByteArrayInputStream(probe.body())).readObject().getString("description", null);
                String number = Http.json(response).asJsonObject().getString("trackingNumber");
                HttpResponse<String> stored = http.get(Http.BASE + "/api/v1/requests/" + number, "application/json", OFFICER_TAX);
                if (stored.statusCode() != 200 || sent != null && !sent.strip().equals(Http.json(stored).asJsonObject().getString("description", ""))) {
                    failures.add("accepted but not stored whole: " + number + " " + stored.statusCode());
                }
                accepted++;
            } else if (response.statusCode() == 201 && probe.path().equals("/api/v1/accounts")) {
                accountsCreated++;
            } else if (response.statusCode() == 201 && probe.path().startsWith("/api/v1/catalog/")) {
                servicesCreated++;
            }
        }
        int acceptedWhole = accepted;
        LOG.info(() -> probes.size() + " hostile inputs, answers by status: " + statuses + "; accepted and stored whole: " + acceptedWhole);
        assertTrue(probes.size() >= 1000, "at least a thousand inputs: " + probes.size());
        assertEquals(List.of(), failures.stream().limit(30).toList(), failures.size() + " failures");
        // a refused account or service left nothing behind: the lists grew by exactly what was accepted
        assertEquals(accountsBefore + accountsCreated,
                Http.json(http.get(Http.BASE + "/api/v1/accounts", "application/json", ADMIN)).asJsonArray().size());
        assertEquals(servicesBefore + servicesCreated,
                Http.json(http.get(Http.BASE + "/api/v1/catalog", "application/json")).asJsonArray().size());
    }

    /**
     * One hostile string in every input of the endpoints the intake, incident and holiday probes do not
     * reach: accounts, API keys, the catalog, receipts, documents, audit trails, teams, dead letters,
     * boundaries, localities and the Open311 look-ups. What may be created is named so that it cannot
     * stand in for anything the other tests rely on.
     */
    private static List<Probe> theOtherEndpoints(String s, String encoded, String filed, long incident) {
        List<Probe> probes = new ArrayList<>();
        String terms = Json.createObjectBuilder().add("username", s).add("fullName", s).add("organisation", s)
                .add("roles", Json.createArrayBuilder().add("DESK_OFFICER")).add("password", s).add("active", true).build().toString();
        probes.add(new Probe("POST", "/api/v1/accounts", ADMIN, "application/json", bytes(terms)));
        for (String role : List.of("DEPARTMENT_OFFICER", s)) {
            probes.add(new Probe("POST", "/api/v1/accounts", ADMIN, "application/json", bytes(Json.createObjectBuilder()
                    .add("username", "probe." + Integer.toHexString((s + role).hashCode())).add("fullName", s).add("organisation", "TAX")
                    .add("roles", Json.createArrayBuilder().add(role)).add("password", "Probe-password-2026").build().toString())));
        }
        probes.add(new Probe("PUT", "/api/v1/accounts/" + encoded, ADMIN, "application/json", bytes(terms)));
        probes.add(new Probe("POST", "/api/v1/accounts/" + encoded + "/unlock", ADMIN, "application/json", bytes("{}")));
        probes.add(new Probe("POST", "/api/v1/api-clients", ADMIN, "application/json",
                bytes(Json.createObjectBuilder().add("name", s).add("channel", s).build().toString())));
        probes.add(new Probe("GET", "/api/v1/catalog/" + encoded, Identity.NONE, null, null));
        probes.add(new Probe("GET", "/api/v1/catalog/" + encoded + "/versions", Identity.NONE, null, null));
        probes.add(new Probe("PUT", "/api/v1/catalog/" + encoded, ADMIN, "application/json", bytes(CatalogIT.service("PROBE", s, 5))));
        probes.add(new Probe("PUT", "/api/v1/catalog/PROBE_" + Integer.toHexString(s.hashCode()).toUpperCase(), ADMIN,
                "application/json", bytes(CatalogIT.service("PROBE", s, 5).replace("\"DEPARTMENT_OFFICER\"", Json.createValue(s).toString()))));
        probes.add(new Probe("POST", "/api/v1/requests/" + encoded + "/receipt", Identity.CLIENT, "application/json",
                bytes(Json.createObjectBuilder().add("accessCode", s).build().toString())));
        probes.add(new Probe("POST", "/api/v1/requests/" + filed + "/receipt", Identity.CLIENT, "application/json",
                bytes(Json.createObjectBuilder().add("accessCode", s).build().toString())));
        probes.add(new Probe("GET", "/api/v1/requests/" + encoded + "/audit", ADMIN, null, null));
        probes.add(new Probe("GET", "/api/v1/requests/" + encoded + "/documents", OFFICER_TAX, null, null));
        probes.add(new Probe("GET", "/api/v1/requests/" + filed + "/documents/" + encoded, OFFICER_TAX, null, null));
        probes.add(new Probe("POST", "/api/v1/requests/" + filed + "/documents?document=" + encoded + "&name=" + encoded, OFFICER_TAX,
                "application/octet-stream", bytes(s)));
        probes.add(new Probe("GET", "/api/v1/incidents/" + encoded, OPERATOR, null, null));
        probes.add(new Probe("GET", "/api/v1/incidents?unit=" + encoded, OPERATOR, null, null));
        probes.add(new Probe("POST", "/api/v1/incidents/teams/" + encoded + "/" + encoded, OPERATOR, "application/json", bytes("{}")));
        probes.add(new Probe("POST", "/api/v1/dead-letters/" + encoded + "/retry", OPERATOR, "application/json", bytes("{}")));
        probes.add(new Probe("DELETE", "/api/v1/dead-letters/" + encoded, OPERATOR, null, null));
        probes.add(new Probe("GET", "/api/v1/holidays?year=" + encoded, ADMIN, null, null));
        // the coordinates are never numbers, so no unit's boundary can be replaced by a probe
        var ring = Json.createArrayBuilder().add(Json.createArrayBuilder().add(s).add(s));
        var geometry = Json.createObjectBuilder().add("type", s).add("coordinates", Json.createArrayBuilder().add(ring));
        var feature = Json.createObjectBuilder().add("type", "Feature")
                .add("properties", Json.createObjectBuilder().add("code", s)).add("geometry", geometry);
        String boundaries = Json.createObjectBuilder().add("type", "FeatureCollection")
                .add("features", Json.createArrayBuilder().add(feature)).build().toString();
        probes.add(new Probe("POST", "/api/v1/units/boundaries", ADMIN, "application/geo+json", bytes(boundaries)));
        probes.add(new Probe("GET", "/api/v1/units/" + encoded + "/localities", Identity.NONE, null, null));
        probes.add(new Probe("GET", "/open311/v2/services/" + encoded + ".json", Identity.NONE, null, null));
        probes.add(new Probe("GET", "/open311/v2/tokens/" + encoded + ".json", Identity.NONE, null, null));
        probes.add(new Probe("GET", "/open311/v2/requests.json?service_code=" + encoded + "&end_date=" + encoded + "&status=" + encoded
                + "&page=" + encoded + "&page_size=" + encoded, Identity.NONE, null, null));
        return probes;
    }

    /** A hostile string as a path segment or query value, cut to an address a server takes. */
    private static String encoded(String s) {
        return java.net.URLEncoder.encode(s.length() > 2000 ? s.substring(0, 2000) : s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
