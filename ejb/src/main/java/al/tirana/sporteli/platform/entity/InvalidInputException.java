package al.tirana.sporteli.platform.entity;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * Input that breaks a rule, with the field at fault and a message key for each problem, so that REST
 * answers can name the fields and screens can show the message next to them in Albanian or English.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    /** Field name to message key (keys live in the web module's bundles). */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
