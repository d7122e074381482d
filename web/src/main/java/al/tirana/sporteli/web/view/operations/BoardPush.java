package al.tirana.sporteli.web.view.operations;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Relays each committed change of the Operational Center to the open boards over the Faces websocket.
 * The push carries only which incident changed and how urgent it is; the board then asks for what
 * the signed-in operator may see, through the same checks as any page.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/topic/sporteli/board"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class BoardPush implements MessageListener {

    @Inject
    @Push(channel = "board")
    PushContext board;

    @Override
    public void onMessage(Message message) {
        try {
            board.send(message instanceof TextMessage text ? text.getText() : "{}");
        } catch (JMSException e) {
            throw new IllegalStateException("Could not read the board notice", e);
        }
    }
}
