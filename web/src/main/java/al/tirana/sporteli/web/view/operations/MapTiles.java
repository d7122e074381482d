package al.tirana.sporteli.web.view.operations;

import al.tirana.sporteli.emergency.control.OperationsSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the board's map tiles from the tile server IT operations configure (sporteli.map.tiles), so
 * that the pages' content policy allows images from this address only and operators' browsers need no
 * route to the outside. Without a configured server there are no tiles, and the map shows its points alone.
 */
@WebServlet("/operations/tiles/*")
public class MapTiles extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern TILE = Pattern.compile("/(\\d{1,2})/(\\d{1,7})/(\\d{1,7})");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Inject
    OperationsSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String template = settings.tileUrl();
        Matcher tile = TILE.matcher(String.valueOf(request.getPathInfo()));
        if (template.isEmpty() || !tile.matches() || Integer.parseInt(tile.group(1)) > 19) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        URI source = URI.create(template.replace("{z}", tile.group(1)).replace("{x}", tile.group(2)).replace("{y}", tile.group(3)));
        try {
            HttpResponse<byte[]> answer = CLIENT.send(HttpRequest.newBuilder(source).timeout(Duration.ofSeconds(5))
                    .header("User-Agent", "Sporteli (Bashkia Tiranë)").build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (answer.statusCode() != 200 || !type.startsWith("image/")) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type);
            response.setHeader("Cache-Control", "private, max-age=86400");
            response.getOutputStream().write(answer.body());
        } catch (IOException e) {
            response.sendError(HttpServletResponse.SC_BAD_GATEWAY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
