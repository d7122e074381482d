package al.tirana.sporteli.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;

/** The page's language bundle ("msg") and its messages, as every backing bean uses them. */
public final class Texts {

    private Texts() {
    }

    /** The text under key in the view's language; the key itself when the bundle lacks it, so a gap shows rather than breaks. */
    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        return msg.containsKey(key) ? msg.getString(key) : key;
    }

    public static String format(String key, Object... arguments) {
        return new MessageFormat(text(key), FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(arguments);
    }

    /** A message for the whole page (clientId null) or next to one field. */
    public static void message(FacesMessage.Severity severity, String text, String clientId) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public static void message(FacesMessage.Severity severity, String text) {
        message(severity, text, null);
    }

    /** Each field's fault next to that field: the keys come from the boundary's InvalidInputException. */
    public static void fieldErrors(String formId, Map<String, String> errors) {
        errors.forEach((field, key) -> message(FacesMessage.SEVERITY_ERROR, text(key), formId + ":" + field));
    }

    /** Answers the page with 403 as well as the explanation it shows, so that tools and tests see the refusal. */
    public static void refused() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
    }
}
