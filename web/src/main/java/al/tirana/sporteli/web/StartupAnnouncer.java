package al.tirana.sporteli.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Says in the server log where Sporteli answers, once it does. */
@WebListener
public class StartupAnnouncer implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupAnnouncer.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        int http = Integer.getInteger("jboss.http.port", 8080) + offset;
        int management = Integer.getInteger("jboss.management.http.port", 9990) + offset;
        String base = "http://localhost:" + http + event.getServletContext().getContextPath();
        LOG.info(() -> String.join(System.lineSeparator(),
                "Sporteli is up:",
                "  back office  " + base + "/",
                "  REST API     " + base + "/api/v1/units",
                "  health       http://localhost:" + management + "/health",
                "  database     " + System.getenv().getOrDefault("SPORTELI_DB", "h2")));
    }
}
