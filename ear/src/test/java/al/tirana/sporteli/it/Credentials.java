package al.tirana.sporteli.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs the tests' identities in, through the same API as any client: the first administrator (from
 * SPORTELI_ADMIN_PASSWORD, set by the build) creates each staff account and API key on first use.
 * Accounts and keys live in the database and are kept for the run; sessions belong to one deployment
 * and are forgotten whenever a test class deploys Sporteli again.
 */
final class Credentials {

    static final String ADMIN_PASSWORD = System.getenv().getOrDefault("SPORTELI_ADMIN_PASSWORD", "");
    static final String PASSWORD = "Test-password-2026";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> ACCOUNTS = new ConcurrentHashMap<>();
    private static final Map<String, String> API_KEYS = new ConcurrentHashMap<>();

    private Credentials() {
    }

    static void forgetSessions() {
        SESSIONS.clear();
    }

    static synchronized String session(Http.Identity who) {
        String cached = SESSIONS.get(who.user());
        if (cached != null) {
            return cached;
        }
        if (!who.user().equals("admin") && ACCOUNTS.putIfAbsent(who.user(), true) == null) {
            createAccount(who);
        }
        String session = signIn(who.user(), who.user().equals("admin") ? ADMIN_PASSWORD : PASSWORD);
        SESSIONS.put(who.user(), session);
        return session;
    }

    static synchronized String apiKey(String channel) {
        return API_KEYS.computeIfAbsent(channel, c -> {
            String body = Json.createObjectBuilder().add("name", "Test client " + c).add("channel", c).build().toString();
            HttpResponse<String> response = send(post("/api/v1/api-clients", body).header("Cookie", "JSESSIONID=" + admin()));
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Cannot issue an API key: " + response.statusCode() + " " + response.body());
            }
            return Http.json(response).asJsonObject().getString("apiKey");
        });
    }

    /** Signs in and returns the session id, or fails the test with the server's answer. */
    static String signIn(String username, String password) {
        HttpResponse<String> response = signInResponse(username, password);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Cannot sign in as " + username + ": " + response.statusCode() + " " + response.body());
        }
        return sessionId(response);
    }

    static HttpResponse<String> signInResponse(String username, String password) {
        String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
        return send(post("/api/v1/session", body));
    }

    static String sessionId(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("No session cookie in " + response.headers()));
    }

    private static String admin() {
        return session(Http.Identity.of("admin", "ADMIN", null));
    }

    private static void createAccount(Http.Identity who) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        for (String role : who.roles().split(",")) {
            roles.add(role.strip());
        }
        var account = Json.createObjectBuilder().add("username", who.user()).add("fullName", "Test " + who.user())
                .add("roles", roles).add("password", PASSWORD);
        if (who.organisation() != null) {
            account.add("organisation", who.organisation());
        }
        HttpResponse<String> response = send(post("/api/v1/accounts", account.build().toString())
                .header("Cookie", "JSESSIONID=" + admin()));
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("Cannot create " + who.user() + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(Http.BASE + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
