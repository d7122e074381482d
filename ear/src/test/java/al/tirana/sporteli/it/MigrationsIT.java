package al.tirana.sporteli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.units.boundary.AdministrativeUnits;
import al.tirana.sporteli.units.entity.AdministrativeUnit;
import al.tirana.sporteli.units.entity.UnitCode;
import al.tirana.sporteli.units.entity.UnitKind;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class MigrationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SporteliDeployment.withProbe(MigrationsIT.class);
    }

    @Inject
    AdministrativeUnits units;

    @Test
    void appliesEveryMigrationSuccessfully() throws Exception {
        String db = System.getenv().getOrDefault("SPORTELI_DB", "h2");
        DataSource dataSource = (DataSource) new InitialContext().lookup("java:jboss/datasources/sporteli-" + db);
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     // quoted: Flyway creates its table in lower case on every database
                     "select count(*), sum(case when \"success\" then 1 else 0 end) from \"flyway_schema_history\""
                             + " where \"version\" is not null")) {
            rows.next();
            assertTrue(rows.getInt(1) >= 4, "at least the four reference migrations ran");
            assertEquals(rows.getInt(1), rows.getInt(2), "no migration failed");
        }
    }

    @Test
    void seedsTheElevenUrbanUnitsAndThirteenFormerCommunes() {
        List<AdministrativeUnit> all = units.all();

        Map<UnitKind, Long> byKind = all.stream().collect(Collectors.groupingBy(AdministrativeUnit::kind, Collectors.counting()));
        assertEquals(24, all.size());
        assertEquals(11L, byKind.get(UnitKind.URBAN));
        assertEquals(13L, byKind.get(UnitKind.FORMER_COMMUNE));
        assertEquals("Njësia Administrative Shëngjergj", units.byCode(new UnitCode("SHGJ")).orElseThrow().nameSq());
        assertEquals("Njësia Administrative Krrabë", units.byCode(new UnitCode("KRRA")).orElseThrow().nameSq());
    }

    @Test
    void seedsTheCentralDepartments() {
        List<String> codes = units.departments().stream().map(d -> d.code()).toList();

        assertTrue(codes.containsAll(List.of("TAX", "SOCIAL", "HOUSING", "INFO", "URBAN", "EDU", "PUBWORKS")), codes.toString());
    }
}
