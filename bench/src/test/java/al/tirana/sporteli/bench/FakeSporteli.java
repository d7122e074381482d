package al.tirana.sporteli.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A stand-in for the API, just enough for the load and read subcommands: it checks what a real server
 * would refuse (key, idempotency key, session cookie, body) and can stall or work slowly on demand.
 */
final class FakeSporteli implements AutoCloseable {

    final AtomicInteger filed = new AtomicInteger();
    final Set<String> idempotencyKeys = ConcurrentHashMap.newKeySet();
    /** Held by a test to freeze every request handler, as a long GC pause or a lock would. */
    final ReentrantLock stall = new ReentrantLock();
    private final HttpServer server;
    private final ExecutorService executor;
    private final long workMillis;

    static {
        // without it the JDK's server writes headers and body apart and Nagle adds 40 ms to every answer
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    FakeSporteli(int threads, long workMillis) throws IOException {
        this.workMillis = workMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1_000);
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/sporteli/api/v1/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sporteli";
    }

    private void handle(HttpExchange exchange) throws IOException {
        stall.lock();
        stall.unlock();
        try {
            if (workMillis > 0) {
                Thread.sleep(workMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String path = exchange.getRequestURI().getPath().substring("/sporteli/api/v1".length());
        String query = exchange.getRequestURI().getQuery();
        String method = exchange.getRequestMethod();
        if (method.equals("POST") && path.equals("/requests")) {
            JsonObject body = Json.createReader(new StringReader(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8))).readObject();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            boolean valid = "Bearer test-key".equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    && key != null && idempotencyKeys.add(key)
                    && body.containsKey("serviceCode") && body.getJsonObject("applicant").containsKey("number");
            if (valid) {
                filed.incrementAndGet();
            }
            answer(exchange, valid ? 201 : 400, valid ? "{\"trackingNumber\":\"2026-000001-5\"}" : "{\"title\":\"refused\"}");
        } else if (method.equals("POST") && path.equals("/session")) {
            exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=fake-session; Path=/sporteli");
            answer(exchange, 200, "{\"username\":\"admin\"}");
        } else if (!"JSESSIONID=fake-session".equals(exchange.getRequestHeaders().getFirst("Cookie"))) {
            answer(exchange, 401, "{\"title\":\"not signed in\"}");
        } else if (path.equals("/tasks") || path.equals("/requests")) {
            answer(exchange, 200, page(query, path.equals("/tasks") ? "after" : "before"));
        } else if (path.startsWith("/requests/")) {
            answer(exchange, 200, "{\"trackingNumber\":\"" + path.substring("/requests/".length()) + "\"}");
        } else {
            answer(exchange, 404, "{}");
        }
    }

    /** Six pages of two items, chained by the cursor the real API uses. */
    private static String page(String query, String cursor) {
        int number = 0;
        for (String part : query.split("&")) {
            if (part.startsWith(cursor + "=")) {
                number = Integer.parseInt(part.substring(cursor.length() + 1));
            }
        }
        String next = number < 5 ? "\"" + cursor + "=" + (number + 1) + "\"" : "null";
        return "{\"items\":[{\"trackingNumber\":\"2026-000001-5\"},{\"trackingNumber\":\"2026-000301-7\"}],\"next\":" + next + "}";
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
