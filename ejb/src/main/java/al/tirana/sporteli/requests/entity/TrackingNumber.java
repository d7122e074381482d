package al.tirana.sporteli.requests.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a citizen keeps for a request, such as {@code 2026-004217-3}: the year, that year's serial
 * (at least six digits) and a check digit. The check digit uses the Damm algorithm over the digits of
 * year and padded serial, which catches every single mistyped digit and every swap of two neighbouring
 * digits, the two commonest errors when a number is read out over a counter or typed from a receipt.
 */
public record TrackingNumber(int year, long serial) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2999;
    /** Twelve digits keep the text well inside the database column and a long from overflowing. */
    public static final long MAX_SERIAL = 999_999_999_999L;

    /** A totally anti-symmetric quasigroup of order 10 (Damm, 2004). */
    private static final int[][] DAMM = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    /** Dashes of every kind: phones and word processors turn a hyphen into an en dash. */
    private static final String SEPARATOR = "[\\s\\-\\u2010-\\u2015\\u2212]+";
    private static final Pattern SEPARATED = Pattern.compile(
            "(\\d{4})" + SEPARATOR + "(\\d{1,12})" + SEPARATOR + "(\\d)");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{6,12})(\\d)");

    public TrackingNumber {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("No tracking numbers for the year " + year);
        }
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("A tracking serial runs from 1 to " + MAX_SERIAL + ", not " + serial);
        }
    }

    /**
     * Reads what a citizen types: blanks around it, dashes or spaces between the parts, or none at all.
     * Without separators the serial must keep its leading zeros, since nothing else marks where it ends.
     */
    public static TrackingNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedTrackingNumberException("A tracking number is required");
        }
        // a non-breaking space comes along when a number is copied from a web page or a PDF
        String typed = text.replace('\u00A0', ' ').strip();
        Matcher matcher = SEPARATED.matcher(typed);
        if (!matcher.matches()) {
            matcher = COMPACT.matcher(typed);
        }
        if (!matcher.matches()) {
            throw new MalformedTrackingNumberException(
                    "Not a tracking number (expected YYYY-NNNNNN-C): " + abbreviated(typed));
        }
        int year = Integer.parseInt(matcher.group(1));
        long serial = Long.parseLong(matcher.group(2));
        if (year < FIRST_YEAR || year > LAST_YEAR || serial < 1) {
            throw new MalformedTrackingNumberException("Not a tracking number of Sporteli: " + abbreviated(typed));
        }
        TrackingNumber number = new TrackingNumber(year, serial);
        if (number.checkDigit() != matcher.group(3).charAt(0) - '0') {
            throw new MalformedTrackingNumberException(
                    "The check digit of " + abbreviated(typed) + " does not match: the number was mistyped");
        }
        return number;
    }

    public int checkDigit() {
        return damm(digits());
    }

    @Override
    public String toString() {
        String digits = digits();
        return digits.substring(0, 4) + "-" + digits.substring(4) + "-" + damm(digits);
    }

    /** Year and serial padded to six digits; without String.format, which showed in intake profiles. */
    private String digits() {
        String number = Long.toString(serial);
        StringBuilder digits = new StringBuilder(10 + number.length()).append(year);
        for (int pad = number.length(); pad < 6; pad++) {
            digits.append('0');
        }
        return digits.append(number).toString();
    }

    static int damm(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
