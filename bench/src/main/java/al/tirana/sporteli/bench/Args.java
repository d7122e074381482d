package al.tirana.sporteli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of a subcommand, {@code --name value} pairs. An option a subcommand does not know is an
 * error rather than ignored: a mistyped {@code --rate} must not silently run the default load.
 */
final class Args {

    private final Map<String, String> values;

    private Args(Map<String, String> values) {
        this.values = values;
    }

    static Args parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value, got: " + args[i]);
            }
            values.put(args[i].substring(2), args[++i]);
        }
        return new Args(values);
    }

    /** Refuses options outside {@code known}. */
    Args allow(String... known) {
        Set<String> allowed = new HashSet<>(Arrays.asList(known));
        List<String> unknown = new ArrayList<>();
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                unknown.add("--" + name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s) " + unknown + "; this subcommand takes --"
                    + String.join(", --", known));
        }
        return this;
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name).replace("_", "")) : fallback;
    }

    double number(String name, double fallback) {
        return values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
    }

    List<Integer> integers(String name, String fallback) {
        return Arrays.stream(text(name, fallback).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Integer::parseInt).toList();
    }

    List<String> list(String name, String fallback) {
        return Arrays.stream(text(name, fallback).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
