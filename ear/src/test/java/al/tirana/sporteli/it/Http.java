package al.tirana.sporteli.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the tests that act as a browser or an API caller would, with its own cookies. */
final class Http {

    static final String BASE = "http://localhost:8080/sporteli";
    static final String MANAGEMENT = "http://localhost:9990";

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return get(url, accept, Identity.NONE);
    }

    HttpResponse<String> get(String url, String accept, Identity who) throws IOException, InterruptedException {
        return send(who.apply(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET()));
    }

    HttpResponse<String> postJson(String url, String json, Identity who, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(who.apply(builder));
    }

    HttpResponse<String> postForm(String url, java.util.Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> putJson(String url, String json, Identity who) throws IOException, InterruptedException {
        return send(who.apply(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))));
    }

    HttpResponse<String> delete(String url, Identity who) throws IOException, InterruptedException {
        return send(who.apply(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").DELETE()));
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        return client.send(builder.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Who the test calls as. A user signs in with a staff account (created on first use by the first
     * administrator, whose password the build gives the server); a channel alone means a system with an
     * API key for that channel; NONE presents no credentials at all.
     */
    record Identity(String user, String roles, String organisation, String channel) {

        static final Identity NONE = new Identity(null, null, null, null);
        /** A system calling with an API key, as the portal or another registry would. */
        static final Identity CLIENT = new Identity(null, null, null, "SYSTEM");

        static Identity of(String user, String roles, String organisation) {
            return new Identity(user, roles, organisation, null);
        }

        Identity via(String channelName) {
            return new Identity(user, roles, organisation, channelName);
        }

        HttpRequest.Builder apply(HttpRequest.Builder builder) {
            if (user != null) {
                builder.header("Cookie", "JSESSIONID=" + Credentials.session(this));
            } else if (channel != null) {
                builder.header("Authorization", "Bearer " + Credentials.apiKey(channel));
            }
            return builder;
        }
    }

    static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
