package al.tirana.sporteli.workflow.entity;

import al.tirana.sporteli.deadlines.control.DeadlineRule;
import al.tirana.sporteli.deadlines.control.DeadlineUnit;
import al.tirana.sporteli.platform.entity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a service's workflow: who works it and how long it may take. */
@Embeddable
public class WorkflowStep {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_sq", nullable = false)
    private String nameSq;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Column(name = "limit_amount", nullable = false)
    private int limitAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "limit_unit", nullable = false, length = 20)
    private DeadlineUnit limitUnit;

    protected WorkflowStep() {
    }

    public WorkflowStep(String code, String nameSq, String nameEn, Role role, DeadlineRule limit) {
        this.code = code;
        this.nameSq = nameSq;
        this.nameEn = nameEn;
        this.role = role;
        this.limitAmount = limit.amount();
        this.limitUnit = limit.unit();
    }

    public String code() {
        return code;
    }

    public String nameSq() {
        return nameSq;
    }

    public String nameEn() {
        return nameEn;
    }

    public Role role() {
        return role;
    }

    /** The head's decision step: it ends in approve, reject or return, not in "complete". */
    public boolean isApproval() {
        return role == Role.DEPARTMENT_HEAD;
    }

    public DeadlineRule limit() {
        return new DeadlineRule(limitAmount, limitUnit);
    }
}
