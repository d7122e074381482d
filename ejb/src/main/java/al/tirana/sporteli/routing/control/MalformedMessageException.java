package al.tirana.sporteli.routing.control;

/** A message that cannot be read as a routed message; redelivery cannot help, so it ends in the dead-letter queue. */
public class MalformedMessageException extends RuntimeException {

    public MalformedMessageException(String reason) {
        super(reason);
    }

    public MalformedMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
