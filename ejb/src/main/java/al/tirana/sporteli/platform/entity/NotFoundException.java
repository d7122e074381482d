package al.tirana.sporteli.platform.entity;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist (or the caller may not know that it does). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
