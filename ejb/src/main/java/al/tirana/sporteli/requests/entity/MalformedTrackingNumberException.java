package al.tirana.sporteli.requests.entity;

import jakarta.ejb.ApplicationException;

/**
 * Text that is not a tracking number, including one whose check digit does not match: a mistyped
 * number is refused here rather than looked up, so that it can never find somebody else's request.
 */
@ApplicationException(rollback = true)
public class MalformedTrackingNumberException extends IllegalArgumentException {

    public MalformedTrackingNumberException(String reason) {
        super(reason);
    }
}
