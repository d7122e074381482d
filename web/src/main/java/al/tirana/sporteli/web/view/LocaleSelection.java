package al.tirana.sporteli.web.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the screens, Albanian unless the user picks English. The choice arrives as
 * {@code ?lang=en} on any page, so the switch is a plain link and every page can be bookmarked in either language.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale ALBANIAN = Locale.forLanguageTag("sq");
    public static final List<Locale> SUPPORTED = List.of(ALBANIAN, Locale.ENGLISH);

    private Locale locale = ALBANIAN;

    public Locale getLocale() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("lang");
        if (asked != null) {
            SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked)).findFirst().ifPresent(l -> locale = l);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }
}
