package al.tirana.sporteli.emergency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an incident's timeline: a situation note, a status change, a team sent or recalled. */
@Entity
@Table(name = "incident_entry")
@NamedQuery(name = IncidentEntry.FIND_FOR_INCIDENT,
        query = "select e from IncidentEntry e where e.incidentId = :incident order by e.at desc, e.id desc")
public class IncidentEntry {

    public static final String FIND_FOR_INCIDENT = "IncidentEntry.findForIncident";

    @Id
    @SequenceGenerator(name = "incident_entry_seq", sequenceName = "incident_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_entry_seq")
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 80)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryKind kind;

    @Column(nullable = false, length = 2000)
    private String text;

    protected IncidentEntry() {
    }

    public IncidentEntry(long incidentId, Instant at, String author, EntryKind kind, String text) {
        this.incidentId = incidentId;
        this.at = at;
        this.author = author;
        this.kind = kind;
        this.text = text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    public Long id() { return id; }
    public long incidentId() { return incidentId; }
    public Instant at() { return at; }
    public String author() { return author; }
    public EntryKind kind() { return kind; }
    public String text() { return text; }
}
