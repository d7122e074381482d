package al.tirana.sporteli.it;

import al.tirana.sporteli.it.Http.Identity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Acting on requests through the API, as an officer's screen would. */
final class Workflow {

    private Workflow() {
    }

    /** Waits until the queue's consumer has filed the request's task (routing is asynchronous). */
    static boolean waitForTask(Http http, String queue, String trackingNumber, Identity who) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            String next = "after=0";
            while (next != null) {
                JsonObject page = Http.json(http.get(Http.BASE + "/api/v1/tasks?queue=" + queue + "&limit=200&" + next,
                        "application/json", who)).asJsonObject();
                if (page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(task -> task.getString("trackingNumber").equals(trackingNumber))) {
                    return true;
                }
                next = page.isNull("next") ? null : page.getString("next");
            }
            Thread.sleep(100);
        }
        return false;
    }

    static HttpResponse<String> act(Http http, String trackingNumber, Identity who, String action, String reason) throws Exception {
        var body = Json.createObjectBuilder().add("action", action);
        if (reason != null) {
            body.add("reason", reason);
        }
        return act(http, trackingNumber, who, body.build().toString());
    }

    static HttpResponse<String> act(Http http, String trackingNumber, Identity who, String json) throws Exception {
        return http.postJson(Http.BASE + "/api/v1/requests/" + trackingNumber + "/actions", json, who);
    }

    /** Acts as soon as the request's next task has reached its queue. */
    static HttpResponse<String> actWhenFiled(Http http, String trackingNumber, Identity who, String action, String reason) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        HttpResponse<String> response;
        do {
            response = act(http, trackingNumber, who, action, reason);
            if (response.statusCode() != 409 || !response.body().contains("task-not-filed")) {
                return response;
            }
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        return response;
    }

    static String status(HttpResponse<String> response) {
        return Http.json(response).asJsonObject().getString("status");
    }
}
