package al.tirana.sporteli.web.view;

import al.tirana.sporteli.platform.entity.NotFoundException;
import al.tirana.sporteli.requests.boundary.ServiceRequests;
import al.tirana.sporteli.requests.entity.MalformedTrackingNumberException;
import al.tirana.sporteli.requests.entity.ServiceRequest;
import al.tirana.sporteli.requests.entity.TrackingNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs track.xhtml, the citizen's public page: the tracking number (from the receipt's QR code) and
 * the access code show where the request stands. A wrong code reads exactly as an unknown number.
 */
@Named
@RequestScoped
public class TrackBacking {

    @Inject
    ServiceRequests requests;

    private String number;
    private String code;
    private ServiceRequest found;

    public void follow() {
        try {
            found = requests.forCitizen(TrackingNumber.parse(number == null ? "" : number.strip()), code);
        } catch (MalformedTrackingNumberException e) {
            Texts.message(FacesMessage.SEVERITY_ERROR, Texts.text("trackingNumber.malformed"), "track:number");
        } catch (NotFoundException e) {
            Texts.message(FacesMessage.SEVERITY_ERROR, Texts.text("track.notFound"));
        }
    }

    public ServiceRequest getFound() {
        return found;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
