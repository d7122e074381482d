package al.tirana.sporteli.catalog.entity;

import al.tirana.sporteli.deadlines.control.DeadlineRule;
import al.tirana.sporteli.deadlines.control.DeadlineUnit;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.workflow.entity.WorkflowStep;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One version of a service. Versions are never edited: a change is a new version, and only the newest
 * one is current, so that open requests keep the rules they were filed under. Every intake reads its
 * service, so versions are kept in memory with their documents, fields and steps; publishing a version
 * changes the old one's current flag, which drops the remembered look-ups.
 */
@Entity
@Table(name = "service_definition")
@Cacheable
@NamedQuery(name = ServiceDefinition.FIND_CURRENT,
        query = "select s from ServiceDefinition s where s.current = true order by s.category, s.code")
@NamedQuery(name = ServiceDefinition.FIND_CURRENT_BY_CODE,
        query = "select s from ServiceDefinition s where s.code = :code and s.current = true",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
@NamedQuery(name = ServiceDefinition.FIND_VERSIONS,
        query = "select s from ServiceDefinition s where s.code = :code order by s.versionNo")
public class ServiceDefinition {

    public static final String FIND_CURRENT = "ServiceDefinition.findCurrent";
    public static final String FIND_CURRENT_BY_CODE = "ServiceDefinition.findCurrentByCode";
    public static final String FIND_VERSIONS = "ServiceDefinition.findVersions";

    @Id
    @SequenceGenerator(name = "service_definition_seq", sequenceName = "service_definition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_definition_seq")
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "current_version", nullable = false)
    private boolean current;

    @Column(name = "name_sq", nullable = false)
    private String nameSq;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false, length = 30)
    private String category;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(name = "fee_lek", nullable = false)
    private int feeLek;

    @Enumerated(EnumType.STRING)
    @Column(name = "handler_kind", nullable = false)
    private HandlerKind handlerKind;

    @Column(name = "handler_department", length = 12)
    private String handlerDepartment;

    /** Comma-separated channel names. */
    @Column(nullable = false, length = 60)
    private String channels;

    @Column(name = "legal_amount")
    private Integer legalAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_unit")
    private DeadlineUnit legalUnit;

    @Column(name = "target_amount", nullable = false)
    private int targetAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_unit", nullable = false)
    private DeadlineUnit targetUnit;

    /** False when no deadline is published and the target is the municipality's own. */
    @Column(name = "target_published", nullable = false)
    private boolean targetPublished;

    @Enumerated(EnumType.STRING)
    @Column(name = "silence_rule", nullable = false)
    private SilenceRule silenceRule;

    /** How far the deadline may be extended, in the legal deadline's unit (0: no extension). */
    @Column(name = "extension_limit", nullable = false)
    private int extensionLimit;

    @Column(nullable = false)
    private boolean emergency;

    @ElementCollection
    @CollectionTable(name = "service_document", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    private List<RequiredDocument> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_field", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    private List<RequiredField> fields = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_step", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "position")
    private List<WorkflowStep> steps = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Version
    private long version;

    protected ServiceDefinition() {
    }

    /** A first version, or the next version of {@code code} when {@code versionNo} is greater than 1. */
    public ServiceDefinition(ServiceTerms terms, int versionNo, String createdBy, Instant createdAt) {
        this.code = terms.code();
        this.versionNo = versionNo;
        this.current = true;
        this.nameSq = terms.nameSq();
        this.nameEn = terms.nameEn();
        this.category = terms.category();
        this.legalBasis = terms.legalBasis();
        this.feeLek = terms.feeLek();
        this.handlerKind = terms.handlerKind();
        this.handlerDepartment = terms.handlerDepartment();
        this.channels = terms.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.legalAmount = terms.legalDeadline() == null ? null : terms.legalDeadline().amount();
        this.legalUnit = terms.legalDeadline() == null ? null : terms.legalDeadline().unit();
        this.targetAmount = terms.serviceTarget().amount();
        this.targetUnit = terms.serviceTarget().unit();
        this.targetPublished = terms.targetPublished();
        this.silenceRule = terms.silenceRule();
        this.extensionLimit = terms.extensionLimit();
        this.emergency = terms.emergency();
        this.documents = new ArrayList<>(terms.documents());
        this.fields = new ArrayList<>(terms.fields());
        this.steps = new ArrayList<>(terms.steps());
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** This version stops being the one new requests are filed under. */
    public void supersede() {
        this.current = false;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int versionNo() {
        return versionNo;
    }

    public boolean isCurrent() {
        return current;
    }

    public String nameSq() {
        return nameSq;
    }

    public String nameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameSq;
    }

    public String category() {
        return category;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public int feeLek() {
        return feeLek;
    }

    public HandlerKind handlerKind() {
        return handlerKind;
    }

    public String handlerDepartment() {
        return handlerDepartment;
    }

    public Set<Channel> channels() {
        Set<Channel> set = EnumSet.noneOf(Channel.class);
        Arrays.stream(channels.split(",")).map(Channel::valueOf).forEach(set::add);
        return set;
    }

    public boolean offeredOn(Channel channel) {
        return channels().contains(channel);
    }

    public Optional<DeadlineRule> legalDeadline() {
        return legalAmount == null ? Optional.empty() : Optional.of(new DeadlineRule(legalAmount, legalUnit));
    }

    public DeadlineRule serviceTarget() {
        return new DeadlineRule(targetAmount, targetUnit);
    }

    public boolean targetPublished() {
        return targetPublished;
    }

    public SilenceRule silenceRule() {
        return silenceRule;
    }

    public int extensionLimit() {
        return extensionLimit;
    }

    public boolean emergency() {
        return emergency;
    }

    public List<RequiredDocument> documents() {
        return List.copyOf(documents);
    }

    public List<RequiredField> fields() {
        return List.copyOf(fields);
    }

    public List<WorkflowStep> steps() {
        return List.copyOf(steps);
    }

    public WorkflowStep step(int position) {
        return steps.get(position);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    /** The terms of this version, as the start of the next one. */
    public ServiceTerms terms() {
        return new ServiceTerms(code, nameSq, nameEn, category, legalBasis, feeLek, handlerKind, handlerDepartment,
                channels(), legalDeadline().orElse(null), serviceTarget(), targetPublished, silenceRule, extensionLimit,
                emergency, documents(), fields(), steps());
    }
}
