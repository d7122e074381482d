package al.tirana.sporteli.web.view.office;

import al.tirana.sporteli.catalog.boundary.ServiceCatalog;
import al.tirana.sporteli.catalog.entity.RequiredDocument;
import al.tirana.sporteli.catalog.entity.ServiceDefinition;
import al.tirana.sporteli.platform.entity.AccessDeniedException;
import al.tirana.sporteli.platform.entity.Channel;
import al.tirana.sporteli.platform.entity.InvalidInputException;
import al.tirana.sporteli.requests.boundary.Attachments;
import al.tirana.sporteli.requests.boundary.ServiceRequests;
import al.tirana.sporteli.requests.boundary.ServiceRequests.Receipt;
import al.tirana.sporteli.requests.boundary.Submission;
import al.tirana.sporteli.requests.entity.Applicant;
import al.tirana.sporteli.requests.entity.ApplicantKind;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import al.tirana.sporteli.units.boundary.Territories;
import al.tirana.sporteli.web.api.CallerResolver;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs office/intake.xhtml, the desk's intake: the service, the applicant (a returning one is looked
 * up), the place and the unit it resolves to, the documents handed in, the fee; filing prints the
 * receipt. The submission carries a key made when the page opened, so a double click files once.
 */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceCatalog catalog;

    @Inject
    ServiceRequests requests;

    @Inject
    Attachments attachments;

    @Inject
    Territories territories;

    @Inject
    CallerResolver callers;

    private final String idempotencyKey = "desk-" + UUID.randomUUID();
    private String serviceCode;
    private ApplicantKind applicantKind = ApplicantKind.PERSON;
    private String applicantNumber;
    private String applicantName;
    private String email;
    private String phone;
    private String address;
    private String locality;
    private String description;
    private final Map<String, String> fields = new HashMap<>();
    /** Uploaded files live only for the request that files them. */
    private transient Map<String, UploadedFile> files;
    private String resolvedUnit;
    private String trackingNumber;
    private String accessCode;

    public List<ServiceDefinition> complete(String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return catalog.current().stream()
                .filter(s -> s.offeredOn(Channel.DESK))
                .filter(s -> s.code().toLowerCase(Locale.ROOT).contains(wanted)
                        || s.nameSq().toLowerCase(Locale.ROOT).contains(wanted)
                        || s.nameEn().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    public List<ServiceDefinition> getServices() {
        return complete("");
    }

    public ServiceDefinition getService() {
        return serviceCode == null ? null : catalog.current(serviceCode).orElse(null);
    }

    public void lookUp() {
        try {
            Optional<Applicant> earlier = requests.earlierApplicant(applicantNumber, callers.caller());
            if (earlier.isPresent()) {
                Applicant a = earlier.get();
                applicantKind = a.kind();
                applicantName = a.name();
                email = a.email();
                phone = a.phone();
                message(FacesMessage.SEVERITY_INFO, "intake.lookup.found", null);
            } else {
                message(FacesMessage.SEVERITY_INFO, "intake.lookup.none", null);
            }
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, "intake.denied", null);
        }
    }

    public void resolve() {
        resolvedUnit = territories.resolve(locality, null, null).orElse(null);
    }

    public void file() {
        if (trackingNumber != null) {
            return;
        }
        try {
            Submission submission = new Submission(serviceCode, applicantKind, applicantNumber, applicantName, email, phone,
                    address, locality, null, null, description, fields, idempotencyKey);
            Receipt receipt = requests.submit(submission, callers.caller());
            trackingNumber = receipt.request().trackingNumber().toString();
            accessCode = receipt.accessCode() == null ? null : receipt.accessCode().value();
            resolvedUnit = receipt.request().unitCode();
            for (Map.Entry<String, UploadedFile> file : getFiles().entrySet()) {
                if (file.getValue() != null && file.getValue().getSize() > 0) {
                    attach(file.getKey(), file.getValue());
                }
            }
            message(FacesMessage.SEVERITY_INFO, "intake.filed", null);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> message(FacesMessage.SEVERITY_ERROR, key, clientId(field)));
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, "intake.denied", null);
        }
    }

    private void attach(String documentCode, UploadedFile file) {
        try {
            attachments.add(TrackingNumber.parse(trackingNumber), documentCode,
                    file.getFileName(), file.getContent(), callers.caller());
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> message(FacesMessage.SEVERITY_WARN, key, null));
        }
    }

    /** Streams the receipt to the printer's browser: the access code is still known to this view, and only here. */
    public void printReceipt() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String trackingPage = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath() + "/track.xhtml";
        byte[] pdf = requests.receipt(TrackingNumber.parse(trackingNumber), accessCode,
                trackingPage, callers.caller());
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseContentLength(pdf.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"receipt-" + trackingNumber + ".pdf\"");
        external.getResponseOutputStream().write(pdf);
        faces.responseComplete();
    }

    private static String clientId(String field) {
        return switch (field) {
            case "serviceCode" -> "intake:service";
            case "applicant.kind" -> "intake:kind";
            case "applicant.number" -> "intake:number";
            case "applicant.name" -> "intake:name";
            case "applicant.email" -> "intake:email";
            case "applicant.phone" -> "intake:phone";
            case "location.address", "location", "location.locality" -> "intake:locality";
            case "description" -> "intake:description";
            default -> null;
        };
    }

    private static void message(FacesMessage.Severity severity, String key, String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String text = msg.containsKey(key) ? msg.getString(key) : key;
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public List<RequiredDocument> getDocuments() {
        ServiceDefinition service = getService();
        return service == null ? List.of() : service.documents();
    }

    public ApplicantKind[] getKinds() {
        return ApplicantKind.values();
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    public void setApplicantKind(ApplicantKind applicantKind) {
        this.applicantKind = applicantKind;
    }

    public String getApplicantNumber() {
        return applicantNumber;
    }

    public void setApplicantNumber(String applicantNumber) {
        this.applicantNumber = applicantNumber;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public Map<String, UploadedFile> getFiles() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
    }

    public String getResolvedUnit() {
        return resolvedUnit;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getAccessCode() {
        return accessCode;
    }
}
