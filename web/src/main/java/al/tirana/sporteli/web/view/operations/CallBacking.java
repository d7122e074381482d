package al.tirana.sporteli.web.view.operations;

import al.tirana.sporteli.emergency.boundary.Incidents;
import al.tirana.sporteli.emergency.boundary.Incidents.Report;
import al.tirana.sporteli.emergency.control.OperationsAccess;
import al.tirana.sporteli.emergency.entity.Incident;
import al.tirana.sporteli.emergency.entity.IncidentKind;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.units.boundary.AdministrativeUnits;
import al.tirana.sporteli.units.entity.AdministrativeUnit;
import al.tirana.sporteli.web.api.CallerResolver;
import al.tirana.sporteli.web.view.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Backs operations/call.xhtml: the operator's form for a call. The new incident opens at once, with
 * any incident of the same kind reported nearby shortly before offered for linking or merging.
 */
@Named
@ViewScoped
public class CallBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "call";

    @Inject
    Incidents incidents;

    @Inject
    AdministrativeUnits units;

    @Inject
    CallerResolver callers;

    private IncidentKind kind;
    private Integer severity = 2;
    private String title;
    private String description;
    private String unitCode;
    private String address;
    private Double latitude;
    private Double longitude;
    private String callerName;
    private String callerPhone;
    private String problem;

    public void open() {
        if (!OperationsAccess.works(callers.caller())) {
            problem = Texts.text(OperationsAccess.reads(callers.caller()) ? "operations.readOnly" : "operations.denied");
            Texts.refused();
        }
    }

    public String save() {
        try {
            Incident incident = incidents.report(new Report(kind, severity, title, description, unitCode, address, latitude,
                    longitude, callerName, callerPhone), callers.caller());
            return "/operations/incident?faces-redirect=true&id=" + incident.id();
        } catch (InvalidInputException e) {
            Texts.fieldErrors(FORM, e.fieldErrors());
        } catch (AccessDeniedException e) {
            Texts.message(FacesMessage.SEVERITY_ERROR, Texts.text("operations.denied"));
        }
        return null;
    }

    /** Only the kinds of civil emergency: the system raises the internal ones itself. */
    public List<IncidentKind> getKinds() {
        return Arrays.stream(IncidentKind.values()).filter(k -> !k.internal()).toList();
    }

    public List<Integer> getSeverities() {
        return List.of(1, 2, 3, 4);
    }

    public List<AdministrativeUnit> getUnits() {
        return units.all();
    }

    public String getProblem() { return problem; }
    public IncidentKind getKind() { return kind; }
    public void setKind(IncidentKind kind) { this.kind = kind; }
    public Integer getSeverity() { return severity; }
    public void setSeverity(Integer severity) { this.severity = severity; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public String getCallerName() { return callerName; }
    public void setCallerName(String callerName) { this.callerName = callerName; }
    public String getCallerPhone() { return callerPhone; }
    public void setCallerPhone(String callerPhone) { this.callerPhone = callerPhone; }
}
