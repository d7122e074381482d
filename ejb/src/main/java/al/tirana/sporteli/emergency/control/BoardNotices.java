package al.tirana.sporteli.emergency.control;

import al.tirana.sporteli.emergency.entity.Incident;
import al.tirana.sporteli.platform.control.Jsons;
import al.tirana.sporteli.routing.control.Destinations;
import al.tirana.sporteli.routing.control.RequestDispatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tells the open boards which incident changed, once the change has committed. */
@ApplicationScoped
public class BoardNotices {

    @Inject
    RequestDispatcher dispatcher;

    public void changed(Incident incident) {
        dispatcher.announce(Destinations.BOARD_TOPIC, Jsons.createObjectBuilder()
                .add("incident", incident.id())
                .add("severity", incident.severity())
                .add("status", incident.status().name())
                .add("escalation", incident.escalationLevel())
                .build().toString());
    }

    /** Something else the board shows changed: a team, the dead-letter queue. */
    public void refreshed(String what) {
        dispatcher.announce(Destinations.BOARD_TOPIC, Jsons.createObjectBuilder().add("changed", what).build().toString());
    }
}
