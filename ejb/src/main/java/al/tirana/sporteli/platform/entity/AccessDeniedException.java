package al.tirana.sporteli.platform.entity;

import jakarta.ejb.ApplicationException;

/** The caller's role or territory does not allow this; the attempt has been audited. */
@ApplicationException(rollback = false)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
