package al.tirana.sporteli.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static final String BASE = "al.tirana.sporteli.web.i18n.messages";

    private static Properties load(String file) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/al/tirana/sporteli/web/i18n/" + file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void albanianAndEnglishCarryTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_sq.properties").stringPropertyNames()));
    }

    @Test
    void albanianIsServedEvenWhenTheServerSpeaksEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle albanian = ResourceBundle.getBundle(BASE, Locale.forLanguageTag("sq"));
            assertEquals("Njësitë administrative", albanian.getString("units.title"));
            assertNotEquals(albanian.getString("units.title"),
                    ResourceBundle.getBundle(BASE, Locale.ENGLISH).getString("units.title"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
