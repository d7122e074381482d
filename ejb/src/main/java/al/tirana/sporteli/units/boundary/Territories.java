package al.tirana.sporteli.units.boundary;

import al.tirana.sporteli.audit.control.AuditTrail;
import al.tirana.sporteli.platform.control.Jsons;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Caller;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.platform.entity.Role;
import al.tirana.sporteli.units.control.TerritoryResolver;
import al.tirana.sporteli.units.control.UnitArea;
import al.tirana.sporteli.units.control.UnitBoundaries;
import al.tirana.sporteli.units.entity.UnitBoundary;
import al.tirana.sporteli.units.entity.UnitCode;
import al.tirana.sporteli.units.entity.UnitLocality;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which unit serves a place: by its neighbourhood or village, else by its point inside an imported
 * boundary. The resolver is rebuilt from the database at most every few minutes, and at once on
 * this server after an import.
 */
@Stateless
public class Territories {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static volatile TerritoryResolver resolver;
    private static volatile Instant loadedAt = Instant.EPOCH;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The unit's code, or empty when the place is unknown or ambiguous: then a person decides. */
    public Optional<String> resolve(String locality, Double latitude, Double longitude) {
        TerritoryResolver current = resolver();
        Optional<UnitCode> unit = locality == null || locality.isBlank() ? Optional.empty() : current.byLocality(locality);
        if (unit.isEmpty() && latitude != null && longitude != null) {
            unit = current.byPoint(latitude, longitude);
        }
        return unit.map(UnitCode::value);
    }

    public List<UnitLocality> localities() {
        return em.createNamedQuery(UnitLocality.FIND_ALL, UnitLocality.class).getResultList();
    }

    /**
     * Imports unit boundaries from a GeoJSON FeatureCollection whose features carry the unit's code in
     * {@code properties.code}; each replaces that unit's boundary. Nothing is stored if any feature is wrong.
     */
    public int importBoundaries(String geojson, Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            audit.record(caller, "territory.import.denied", "territory", "boundaries", null, null);
            throw new AccessDeniedException("Only administrators import unit boundaries");
        }
        List<UnitArea> areas;
        JsonArray features;
        try {
            areas = UnitBoundaries.parse(geojson);
            features = Jsons.createReader(new StringReader(geojson)).readObject().getJsonArray("features");
        } catch (IllegalArgumentException | JsonException | ClassCastException | NullPointerException e) {
            throw InvalidInputException.of("geojson", "territory.geojson.invalid");
        }
        for (UnitArea area : areas) {
            if (em.createQuery("select count(u) from AdministrativeUnit u where u.code = :c", Long.class)
                    .setParameter("c", area.unit().value()).getSingleResult() == 0) {
                throw InvalidInputException.of("geojson", "units.unknown");
            }
        }
        Instant now = clock.instant();
        for (JsonValue value : features) {
            JsonObject feature = value.asJsonObject();
            UnitCode unit = UnitCode.parse(feature.getJsonObject("properties").getString("code"));
            UnitBoundary existing = em.find(UnitBoundary.class, unit.value());
            if (existing == null) {
                em.persist(new UnitBoundary(unit, feature.toString(), now));
            } else {
                existing.replace(feature.toString(), now);
            }
        }
        em.flush();
        resolver = null;
        audit.record(caller, "territory.import", "territory", "boundaries", null, features.size() + " features");
        return features.size();
    }

    private TerritoryResolver resolver() {
        TerritoryResolver current = resolver;
        Instant now = Instant.now();
        if (current == null || loadedAt.plus(LIFETIME).isBefore(now)) {
            List<Map.Entry<String, UnitCode>> names = localities().stream()
                    .map(l -> (Map.Entry<String, UnitCode>) new AbstractMap.SimpleImmutableEntry<>(l.name(), l.unitCode()))
                    .toList();
            var collection = Jsons.createArrayBuilder();
            em.createNamedQuery(UnitBoundary.FIND_ALL, UnitBoundary.class).getResultStream()
                    .forEach(b -> collection.add(Jsons.createReader(new StringReader(b.geojson())).readObject()));
            String all = Jsons.createObjectBuilder().add("type", "FeatureCollection").add("features", collection).build().toString();
            current = new TerritoryResolver(names, UnitBoundaries.parse(all));
            resolver = current;
            loadedAt = now;
        }
        return current;
    }
}
