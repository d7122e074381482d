package al.tirana.sporteli.web.api;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts behind message keys, in Albanian or English, for API errors as for screens. */
public final class Messages {

    private static final String BUNDLE = "al.tirana.sporteli.web.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Locale locale) {
        Locale wanted = "en".equals(locale.getLanguage()) ? Locale.ROOT : Locale.forLanguageTag("sq");
        try {
            return ResourceBundle.getBundle(BUNDLE, wanted, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
