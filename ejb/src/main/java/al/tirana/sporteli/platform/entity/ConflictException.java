package al.tirana.sporteli.platform.entity;

import jakarta.ejb.ApplicationException;

/** The action does not fit the current state, or someone else changed it first; nothing was changed. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable name for the kind of conflict, such as {@code illegal-transition} or {@code concurrent-change}. */
    public String code() {
        return code;
    }
}
