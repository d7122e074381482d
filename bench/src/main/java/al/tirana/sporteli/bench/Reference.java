package al.tirana.sporteli.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog and the territory as the database holds them (current service versions, their steps and
 * fields, the units and their localities), so that seeded rows follow whatever the migrations and any
 * later catalog edits say instead of a copy that drifts.
 */
record Reference(List<Service> services, List<Unit> units) {

    record Step(int position, String code, String role, Duration limit) {

        boolean isApproval() {
            return "DEPARTMENT_HEAD".equals(role);
        }
    }

    record Field(String code, String type, boolean mandatory) {
    }

    record Service(long id, String code, String category, String handlerKind, String department, boolean emergency,
                   List<String> channels, Duration legal, Duration target, List<Step> steps, List<Field> fields) {

        /** Which queue works a step: the application's RoutingRules, restated. */
        String queueFor(Step step, String unitCode) {
            if (emergency || "EMERGENCY_CENTER".equals(handlerKind) || "EMERGENCY_OPERATOR".equals(step.role())) {
                return "EMERGENCY";
            }
            if ("UNIT_OFFICER".equals(step.role()) || "UNIT".equals(handlerKind)) {
                return unitCode == null ? "TRIAGE" : unitCode;
            }
            return department;
        }

        /** Where anonymous reports are accepted (IntakeRules.ANONYMOUS_CATEGORIES). */
        boolean allowsAnonymous() {
            return "PUBLIC_SPACE".equals(category) || "EMERGENCY".equals(category);
        }
    }

    record Unit(String code, boolean urban, List<String> localities) {
    }

    static Reference load(Connection connection) throws SQLException {
        Map<Long, List<Step>> steps = new LinkedHashMap<>();
        Map<Long, List<Field>> fields = new LinkedHashMap<>();
        List<Service> services = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT s.service_id, s.position, s.code, s.role, s.limit_amount, s.limit_unit"
                    + " FROM service_step s JOIN service_definition d ON d.id = s.service_id"
                    + " WHERE d.current_version ORDER BY s.service_id, s.position")) {
                while (rs.next()) {
                    steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Step(rs.getInt(2), rs.getString(3),
                            rs.getString(4), duration(rs.getInt(5), rs.getString(6))));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT f.service_id, f.code, f.field_type, f.mandatory"
                    + " FROM service_field f JOIN service_definition d ON d.id = f.service_id"
                    + " WHERE d.current_version ORDER BY f.service_id, f.position")) {
                while (rs.next()) {
                    fields.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Field(rs.getString(2), rs.getString(3),
                            rs.getBoolean(4)));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT id, code, category, handler_kind, handler_department, emergency,"
                    + " channels, legal_amount, legal_unit, target_amount, target_unit FROM service_definition"
                    + " WHERE current_version ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int legalAmount = rs.getInt(8);
                    Duration legal = rs.wasNull() ? null : duration(legalAmount, rs.getString(9));
                    services.add(new Service(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getBoolean(6), Arrays.asList(rs.getString(7).split(",")), legal,
                            duration(rs.getInt(10), rs.getString(11)), steps.getOrDefault(id, List.of()),
                            fields.getOrDefault(id, List.of())));
                }
            }
            Map<String, List<String>> localities = new LinkedHashMap<>();
            try (ResultSet rs = statement.executeQuery("SELECT unit_code, name FROM unit_locality ORDER BY id")) {
                while (rs.next()) {
                    localities.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT code, kind FROM administrative_unit ORDER BY ordinal")) {
                while (rs.next()) {
                    units.add(new Unit(rs.getString(1), "URBAN".equals(rs.getString(2)),
                            localities.getOrDefault(rs.getString(1), List.of())));
                }
            }
        }
        if (services.isEmpty() || units.isEmpty() || services.stream().anyMatch(s -> s.steps().isEmpty())) {
            throw new IllegalStateException("The catalog or the units are missing: has the application migrated this database?");
        }
        return new Reference(List.copyOf(services), List.copyOf(units));
    }

    /**
     * A deadline as elapsed time. Working days are stretched by 7/5 and holidays ignored: the seed needs
     * plausible due dates, not the application's calendar.
     */
    static Duration duration(int amount, String unit) {
        return switch (unit) {
            case "HOURS" -> Duration.ofHours(amount);
            case "CALENDAR_DAYS" -> Duration.ofDays(amount);
            case "WORKING_DAYS" -> Duration.ofHours(amount * 24L * 7 / 5);
            default -> throw new IllegalArgumentException("Unknown deadline unit " + unit);
        };
    }
}
