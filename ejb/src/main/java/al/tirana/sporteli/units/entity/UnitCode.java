package al.tirana.sporteli.units.entity;

import java.util.regex.Pattern;

/**
 * The short code by which people and queues name an administrative unit, such as {@code NA05} or {@code KASH}.
 * Codes are upper-case letters and digits; anything else is refused here, before it reaches a query or a queue name.
 */
public record UnitCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,7}");

    public UnitCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a unit code: " + value);
        }
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** Accepts what a person types: surrounding blanks and lower case are forgiven. */
    public static UnitCode parse(String text) {
        return new UnitCode(text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
