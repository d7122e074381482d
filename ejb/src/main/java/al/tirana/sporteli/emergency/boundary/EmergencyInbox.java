package al.tirana.sporteli.emergency.boundary;

import al.tirana.sporteli.deadlines.boundary.Escalations;
import al.tirana.sporteli.routing.boundary.RoutedWork;
import al.tirana.sporteli.routing.control.RoutedMessage;
import al.tirana.sporteli.workflow.control.TaskMessages;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Takes in what arrives on the emergency queue, in one transaction of its own: an emergency request's
 * task (filed, and raised as an incident) or a signal from the system's own processes.
 */
@Stateless
public class EmergencyInbox {

    private static final Logger LOG = Logger.getLogger(EmergencyInbox.class.getName());

    @Inject
    RoutedWork routedWork;

    @Inject
    Incidents incidents;

    public void accept(RoutedMessage message, String destination) {
        if (!routedWork.accept(message, destination)) {
            return;
        }
        switch (message.kind()) {
            case TaskMessages.TASK_REQUESTED -> incidents.fromRequest(TaskMessages.read(message).requestId());
            case Escalations.DEADLINE_BREACH -> incidents.deadlineBreach(message.payload());
            default -> LOG.warning(() -> "Message " + message.id() + " of kind " + message.kind() + " has no meaning here");
        }
    }
}
