package al.tirana.sporteli.bench;

import java.time.LocalDate;

/**
 * Lines in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. Written
 * by hand into one StringBuilder because the seed formats tens of millions of fields.
 */
final class Rows {

    private final StringBuilder out;

    Rows(int capacity) {
        out = new StringBuilder(capacity);
    }

    Rows field(String value) {
        if (value == null) {
            out.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
        return tab();
    }

    Rows field(long value) {
        out.append(value);
        return tab();
    }

    Rows field(boolean value) {
        out.append(value ? 't' : 'f');
        return tab();
    }

    Rows field(double value) {
        out.append(value);
        return tab();
    }

    /** A UTC timestamp from epoch seconds, or null when {@code epochSecond} is {@link Long#MIN_VALUE}. */
    Rows time(long epochSecond) {
        if (epochSecond == Long.MIN_VALUE) {
            out.append("\\N");
            return tab();
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400));
        int seconds = (int) Math.floorMod(epochSecond, 86_400);
        out.append(date.getYear()).append('-');
        two(date.getMonthValue()).append('-');
        two(date.getDayOfMonth()).append(' ');
        two(seconds / 3600).append(':');
        two(seconds / 60 % 60).append(':');
        two(seconds % 60).append("+00");
        return tab();
    }

    Rows nullField() {
        out.append("\\N");
        return tab();
    }

    /** Ends the line, replacing the tab after its last field. */
    void end() {
        out.setCharAt(out.length() - 1, '\n');
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private Rows tab() {
        out.append('\t');
        return this;
    }

    private StringBuilder two(int n) {
        if (n < 10) {
            out.append('0');
        }
        return out.append(n);
    }
}
