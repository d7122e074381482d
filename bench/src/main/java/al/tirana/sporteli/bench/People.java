package al.tirana.sporteli.bench;

import java.util.SplittableRandom;

/**
 * Applicants, addresses and descriptions that pass the application's intake rules (personal numbers
 * with a real birth date, NIPTs of the right form, reachable contacts), from a seeded random source so
 * that two runs load the same data.
 */
final class People {

    private static final String[] FIRST = {"Arben", "Besa", "Dritan", "Elira", "Fatmir", "Gentiana", "Ilir", "Jonida",
            "Kledi", "Lindita", "Mirela", "Nertil", "Orjola", "Petrit", "Rezarta", "Sokol", "Teuta", "Valbona", "Xhoi", "Zamira"};
    private static final String[] LAST = {"Hoxha", "Shehu", "Krasniqi", "Gashi", "Leka", "Dervishi", "Kola", "Marku",
            "Prifti", "Rama", "Basha", "Çela", "Duka", "Gjoni", "Hysa", "Lika", "Meta", "Ndreu", "Qose", "Topalli"};
    private static final String[] STREETS = {"Rruga e Kavajës", "Rruga e Durrësit", "Bulevardi Zogu I", "Rruga e Elbasanit",
            "Rruga Myslym Shyri", "Rruga e Dibrës", "Rruga Sami Frashëri", "Rruga Ali Demi", "Rruga e Barrikadave",
            "Rruga Muhamet Gjollesha", "Rruga Qemal Stafa", "Rruga Pjetër Bogdani"};
    private static final String[] FIRMS = {"Ndërtimi", "Tregtia", "Servis", "Market", "Kafe", "Farmacia", "Studio", "Auto"};
    private static final String[] REPORTS = {"Gropë e thellë para shkollës", "Dritat e rrugës nuk ndizen prej një jave",
            "Kazanët nuk janë boshatisur", "Pema rrezikon të bjerë mbi kalimtarët", "Rrjedh ujë nga tubacioni në trotuar",
            "Kërkoj vërtetimin sa më shpejt", "Kërkesë për informacion mbi buxhetin e lagjes"};

    private final SplittableRandom random;

    People(long seed) {
        this.random = new SplittableRandom(seed);
    }

    SplittableRandom random() {
        return random;
    }

    String name() {
        return pick(FIRST) + " " + pick(LAST);
    }

    String businessName() {
        return pick(FIRMS) + " " + pick(LAST) + " shpk";
    }

    /** NID {@code YYMMDDSSSC}: decade letter (F = 1950s ... K = 2000s), month plus 50 for women, day, serial, control. */
    String personalNumber() {
        char decade = (char) ('F' + random.nextInt(6));
        int month = 1 + random.nextInt(12) + (random.nextBoolean() ? 50 : 0);
        int day = 1 + random.nextInt(28);
        return new StringBuilder(10).append(decade).append(random.nextInt(10)).append(two(month)).append(two(day))
                .append(three(random.nextInt(1000))).append((char) ('A' + random.nextInt(23))).toString();
    }

    String nipt() {
        return (char) ('J' + random.nextInt(10)) + Integer.toString(10_000_000 + random.nextInt(90_000_000))
                + (char) ('A' + random.nextInt(26));
    }

    String email(String name) {
        return name.toLowerCase().replace(' ', '.').replace('ç', 'c').replace('ë', 'e') + random.nextInt(1000) + "@example.al";
    }

    String phone() {
        return "+35569" + (1_000_000 + random.nextInt(9_000_000));
    }

    String address() {
        return pick(STREETS) + " " + (1 + random.nextInt(120));
    }

    String report() {
        return pick(REPORTS);
    }

    /** A point inside the municipality's box (IntakeRules' bounds), near the centre most of the time. */
    double latitude() {
        return 41.3275 + random.nextDouble(-0.06, 0.06);
    }

    double longitude() {
        return 19.8187 + random.nextDouble(-0.08, 0.08);
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String three(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }
}
