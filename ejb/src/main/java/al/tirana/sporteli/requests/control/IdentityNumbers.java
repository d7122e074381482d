package al.tirana.sporteli.requests.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the two numbers an applicant gives: the personal number (NID, "numri personal") of a person
 * and the NIPT (NUIS) of a business. Each check returns the message key of what is wrong, so that a
 * screen or an API answer can name the field at fault in Albanian or English.
 *
 * <p>NID: ten characters, {@code YYMMDDSSSC}. The first character encodes the decade of birth
 * (A = 1900s, ..., J = 1990s, K = 2000s, ..., T = 2090s), then the year in the decade, the month
 * (plus 50 for women), the day, a serial and a control letter from A to W (decision of the Council of
 * Ministers no. 827 of 11.12.2003, as summarised in Wikipedia's "National identification number").
 * The control letter's algorithm is not published by the civil registry, and the press has reported
 * issued numbers that fail the formula in circulation, so it is not checked: refusing a real citizen
 * is worse than accepting a typo that the registry query will catch.
 *
 * <p>NIPT: a letter, eight digits and a control letter. Its middle digits encode the registration date
 * and district in ways that changed over time, so only the form is checked.
 */
public final class IdentityNumbers {

    public static final String NID_FORMAT = "nid.format";
    public static final String NID_DATE = "nid.date";
    public static final String NIPT_FORMAT = "nipt.format";

    private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");
    private static final Pattern NID = Pattern.compile("[A-T][0-9]{8}[A-W]");
    private static final Pattern NIPT = Pattern.compile("[A-Z][0-9]{8}[A-Z]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");
    private static final int WOMEN = 50;

    private IdentityNumbers() {
    }

    /** The form numbers are stored and compared in: no blanks or dashes, upper case. */
    public static String normalised(String number) {
        if (number == null) {
            return null;
        }
        String compact = SEPARATORS.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    public static Optional<String> personalNumberError(String number) {
        return personalNumberError(number, LocalDate.now(TIRANA));
    }

    /** {@code today} bounds the birth date: nobody applies before being born. */
    public static Optional<String> personalNumberError(String number, LocalDate today) {
        String nid = normalised(number);
        if (nid == null || !NID.matcher(nid).matches()) {
            return Optional.of(NID_FORMAT);
        }
        return birthDate(nid).filter(born -> !born.isAfter(today)).isPresent() ? Optional.empty() : Optional.of(NID_DATE);
    }

    /** The date of birth a well-formed personal number encodes, if it is a date at all. */
    public static Optional<LocalDate> birthDate(String number) {
        String nid = normalised(number);
        if (nid == null || !NID.matcher(nid).matches()) {
            return Optional.empty();
        }
        int year = 1900 + (nid.charAt(0) - 'A') * 10 + digit(nid, 1);
        int month = digit(nid, 2) * 10 + digit(nid, 3);
        int day = digit(nid, 4) * 10 + digit(nid, 5);
        if (month > WOMEN) {
            month -= WOMEN;
        }
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> niptError(String number) {
        String nipt = normalised(number);
        return nipt != null && NIPT.matcher(nipt).matches() ? Optional.empty() : Optional.of(NIPT_FORMAT);
    }

    private static int digit(String text, int index) {
        return text.charAt(index) - '0';
    }
}
