package al.tirana.sporteli.platform.control;

import java.nio.file.Path;

/** Where Sporteli keeps state on the server's disk: a place a system property names, else the server's data folder. */
public final class ServerData {

    private ServerData() {
    }

    /**
     * The path the system property gives, else {@code name} in the server's data folder.
     *
     * @throws IllegalStateException outside a server, when the property is not set either
     */
    public static Path path(String property, String name) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        String data = System.getProperty("jboss.server.data.dir");
        if (data == null || data.isBlank()) {
            throw new IllegalStateException("Set the system property " + property + " to the path for " + name);
        }
        return Path.of(data, name);
    }
}
