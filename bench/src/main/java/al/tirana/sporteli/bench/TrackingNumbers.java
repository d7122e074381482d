package al.tirana.sporteli.bench;

/**
 * Tracking numbers as the application writes them ({@code YYYY-NNNNNN-C}, Damm check digit over the
 * year and the zero-padded serial). A copy of the algorithm in the ejb module's {@code TrackingNumber}:
 * the bench must not depend on the application's jars, and seeded numbers must parse there.
 */
final class TrackingNumbers {

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

    private TrackingNumbers() {
    }

    /** Formatted by hand rather than String.format: the seed writes a million of them. */
    static String format(int year, long serial) {
        String digits = serial >= 100_000 ? Long.toString(serial) : Long.toString(1_000_000 + serial).substring(1);
        int check = 0;
        for (int shift = 1000; shift > 0; shift /= 10) {
            check = DAMM[check][year / shift % 10];
        }
        for (int i = 0; i < digits.length(); i++) {
            check = DAMM[check][digits.charAt(i) - '0'];
        }
        return year + "-" + digits + "-" + check;
    }

    static String sequenceName(int year) {
        return "tracking_serial_" + year;
    }
}
