package al.tirana.sporteli.demo.control;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Plausible applicants: Albanian names, personal numbers and NIPTs of the right form, contacts. */
public final class DemoPeople {

    private static final List<String> FIRST_NAMES = List.of("Arben", "Besa", "Dritan", "Elira", "Fatmir", "Gentiana",
            "Ilir", "Jonida", "Klodian", "Lindita", "Mirela", "Ndriçim", "Orjola", "Petrit", "Rezarta", "Sokol",
            "Teuta", "Valbona", "Xhesika", "Zamir", "Ermal", "Anila", "Blerim", "Entela");
    private static final List<String> SURNAMES = List.of("Hoxha", "Shehu", "Dervishi", "Kola", "Leka", "Gjoka",
            "Marku", "Basha", "Çela", "Dema", "Hysa", "Meta", "Prifti", "Rama", "Tafaj", "Zeneli", "Muça", "Kapllani");
    private static final List<String> BUSINESSES = List.of("Furra Tirana shpk", "Dyqani Ushqimor Arbëria", "Kafe Lulishte",
            "Servis Auto Kombinati", "Farmacia Qendër", "Ndërtimi Dajti shpk", "Libraria Adrion", "Rrobaqepësia Elegant");
    private static final List<String> STREETS = List.of("Rruga e Kavajës", "Rruga e Durrësit", "Rruga Myslym Shyri",
            "Rruga e Elbasanit", "Rruga Sami Frashëri", "Bulevardi Zogu I", "Rruga Ali Demi", "Rruga 5 Maji",
            "Rruga Dritan Hoxha", "Rruga Komuna e Parisit");

    private final Random random;

    public DemoPeople(Random random) {
        this.random = random;
    }

    public String personName() {
        return pick(FIRST_NAMES) + " " + pick(SURNAMES);
    }

    public String businessName() {
        return pick(BUSINESSES);
    }

    /** A personal number of the right form for someone born between 1950 and 2004. */
    public String personalNumber() {
        int year = 1950 + random.nextInt(55);
        char decade = (char) ('A' + (year - 1900) / 10);
        int month = 1 + random.nextInt(12) + (random.nextBoolean() ? 50 : 0);
        int day = 1 + random.nextInt(28);
        return String.format(Locale.ROOT, "%c%d%02d%02d%03d%c", decade, year % 10, month, day, random.nextInt(1000),
                (char) ('A' + random.nextInt(23)));
    }

    public String nipt() {
        return String.format(Locale.ROOT, "%c%08d%c", (char) ('J' + random.nextInt(3)), random.nextInt(100_000_000),
                (char) ('A' + random.nextInt(26)));
    }

    public String email(String name) {
        String local = name.toLowerCase(Locale.ROOT).replace('ç', 'c').replace('ë', 'e').replaceAll("[^a-z]+", ".");
        return local + "@example.al";
    }

    public String phone() {
        return String.format(Locale.ROOT, "+3556%d%07d", 7 + random.nextInt(3), random.nextInt(10_000_000));
    }

    public String address() {
        return pick(STREETS) + " " + (1 + random.nextInt(120));
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
