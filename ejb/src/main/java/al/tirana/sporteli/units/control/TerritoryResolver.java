package al.tirana.sporteli.units.control;

import al.tirana.sporteli.units.entity.UnitCode;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells which administrative unit serves a place, from the name of a neighbourhood or village or from
 * a point. It never guesses: an unknown name, a name that two units share, a point outside every
 * boundary or inside two of them all resolve to nothing, and the request then goes to the triage
 * queue, where a person decides. A wrong answer would send a citizen's request to the wrong office.
 */
public final class TerritoryResolver {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, Set<UnitCode>> unitsByName;
    private final List<UnitArea> areas;

    /** Locality names (neighbourhoods and villages) to their units, and boundaries where known. */
    public TerritoryResolver(Map<String, UnitCode> localities, Collection<UnitArea> areas) {
        this(localities.entrySet(), areas);
    }

    /** As pairs, so that one name may be given for two units: it then resolves to neither. */
    public TerritoryResolver(Collection<? extends Map.Entry<String, UnitCode>> localities, Collection<UnitArea> areas) {
        Map<String, Set<UnitCode>> byName = new HashMap<>();
        for (Map.Entry<String, UnitCode> locality : localities) {
            String key = key(locality.getKey());
            if (!key.isEmpty()) {
                byName.computeIfAbsent(key, k -> new HashSet<>()).add(locality.getValue());
            }
        }
        this.unitsByName = byName.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        this.areas = List.copyOf(areas);
    }

    public Optional<UnitCode> byLocality(String name) {
        Set<UnitCode> units = unitsByName.getOrDefault(key(name), Set.of());
        return units.size() == 1 ? Optional.of(units.iterator().next()) : Optional.empty();
    }

    public Optional<UnitCode> byPoint(double latitude, double longitude) {
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            return Optional.empty();
        }
        Set<UnitCode> units = areas.stream()
                .filter(area -> area.contains(latitude, longitude))
                .map(UnitArea::unit)
                .collect(Collectors.toSet());
        return units.size() == 1 ? Optional.of(units.iterator().next()) : Optional.empty();
    }

    /**
     * The form in which names are compared. Diacritics, case, blanks and dashes do not count
     * ("Zall Herr" = "Zall-Herr" = "zallherr", "Shëngjergj" = "Shengjergj"), and neither does the
     * Albanian definite ending of a word ("Linza" = "Linzë", "Dajti" = "Dajt", "Blloku" = "Bllok"),
     * since people write place names in either form. Names that fold together and belong to
     * different units become ambiguous, never a guess.
     */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder key = new StringBuilder();
        for (String word : SEPARATORS.split(plain.toLowerCase(Locale.ROOT))) {
            key.append(withoutDefiniteEnding(word));
        }
        return key.toString();
    }

    private static String withoutDefiniteEnding(String word) {
        if (word.length() < 3) {
            return word;
        }
        char last = word.charAt(word.length() - 1);
        return last == 'a' || last == 'e' || last == 'i' || last == 'u' ? word.substring(0, word.length() - 1) : word;
    }
}
