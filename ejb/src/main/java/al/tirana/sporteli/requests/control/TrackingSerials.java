package al.tirana.sporteli.requests.control;

import al.tirana.sporteli.platform.control.DatabaseProduct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Draws the next serial of a year's tracking numbers from that year's database sequence
 * ({@code tracking_serial_2026}, ...), which DatabaseMigrations creates ahead of time: a sequence
 * never blocks concurrent intakes the way a counter row would. Serials are drawn {@value #BLOCK} to a
 * round trip and handed out smallest first, so an intake seldom pays one; the price is a gap of at most
 * a block's unused rest when the server stops, which a sequence's rolled-back draws leave anyway.
 */
@ApplicationScoped
public class TrackingSerials {

    static final int BLOCK = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseProduct database;

    /** Drawn and not yet handed out, by year; guarded by this. */
    private final Map<Integer, NavigableSet<Long>> drawn = new HashMap<>();

    /**
     * One block is drawn at a time, under the lock, so that every serial of a new block is above all those
     * handed out before: two blocks drawn at once would interleave, and a later intake could get a lower
     * number. The lock is held for one round trip in fifty intakes.
     */
    public synchronized long next(int year) {
        NavigableSet<Long> waiting = drawn.computeIfAbsent(year, y -> new TreeSet<>());
        if (waiting.isEmpty()) {
            waiting.addAll(draw(year));
        }
        return waiting.pollFirst();
    }

    private List<Long> draw(int year) {
        String sequence = sequenceName(year);
        String sql = database.isPostgres()
                ? "SELECT nextval('" + sequence + "') FROM generate_series(1, " + BLOCK + ")"
                : "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, " + BLOCK + ")";
        List<?> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    public static String sequenceName(int year) {
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("No tracking numbers for the year " + year);
        }
        return "tracking_serial_" + year;
    }
}
