package al.tirana.sporteli.emergency.entity;

import al.tirana.sporteli.platform.entity.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A team the center can send: civil protection, a police liaison, a utility crew, a unit's field team. */
@Entity
@Table(name = "team")
@NamedQuery(name = Team.FIND_ALL, query = "select t from Team t order by t.teamType, t.code")
@NamedQuery(name = Team.FIND_FOR_INCIDENT, query = "select t from Team t where t.incidentId = :incident order by t.code")
public class Team {

    public static final String FIND_ALL = "Team.findAll";
    public static final String FIND_FOR_INCIDENT = "Team.findForIncident";

    @Id
    @Column(length = 20)
    private String code;

    @Column(name = "name_sq", nullable = false, length = 120)
    private String nameSq;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_type", nullable = false, length = 30)
    private TeamType teamType;

    @Column(name = "unit_code", length = 8)
    private String unitCode;

    /** Comma-separated: rescue, first aid, pumps, electrical… */
    @Column(nullable = false, length = 300)
    private String skills;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TeamStatus status;

    @Column(name = "incident_id")
    private Long incidentId;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Version
    private long version;

    protected Team() {
    }

    public void dispatchTo(long incident, Instant at) {
        if (status != TeamStatus.AVAILABLE) {
            throw new ConflictException("team-busy", "Team " + code + " is " + status + ", not available");
        }
        incidentId = incident;
        change(TeamStatus.DISPATCHED, at);
    }

    public void arrive(Instant at) {
        if (status != TeamStatus.DISPATCHED) {
            throw new ConflictException("illegal-transition", "Team " + code + " is " + status + ", not on its way");
        }
        change(TeamStatus.ON_SCENE, at);
    }

    /** Back to available: called home by the operator, or its incident is over. */
    public void recall(Instant at) {
        if (incidentId == null) {
            throw new ConflictException("illegal-transition", "Team " + code + " is not out on an incident");
        }
        incidentId = null;
        change(TeamStatus.AVAILABLE, at);
    }

    public void reassign(long incident) {
        incidentId = incident;
    }

    public void dutyStatus(boolean onDuty, Instant at) {
        if (incidentId != null) {
            throw new ConflictException("team-busy", "Team " + code + " is out on an incident; recall it first");
        }
        change(onDuty ? TeamStatus.AVAILABLE : TeamStatus.OFF_DUTY, at);
    }

    private void change(TeamStatus next, Instant at) {
        status = next;
        statusSince = at;
    }

    public String name(Locale locale) {
        return "sq".equals(locale.getLanguage()) ? nameSq : nameEn;
    }

    public String code() { return code; }
    public TeamType teamType() { return teamType; }
    public String unitCode() { return unitCode; }
    public List<String> skills() { return Arrays.stream(skills.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(); }
    public TeamStatus status() { return status; }
    public Long incidentId() { return incidentId; }
    public Instant statusSince() { return statusSince; }
}
