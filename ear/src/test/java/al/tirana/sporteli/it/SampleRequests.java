package al.tirana.sporteli.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** Requests as the tests file them: one builder, with the parts each test changes. */
final class SampleRequests {

    /** A well-formed personal number (a man born on 17 April 1985). */
    static final String PERSONAL_NUMBER = "I50417123K";
    static final String BUSINESS_NUMBER = "K91326018P";

    private SampleRequests() {
    }

    static JsonObjectBuilder person(String name) {
        return Json.createObjectBuilder().add("kind", "PERSON").add("number", PERSONAL_NUMBER).add("name", name)
                .add("email", "qytetar@example.al").add("phone", "+355 69 123 4567");
    }

    /** A resident certificate for someone living in {@code locality}; the unit handles it. */
    static String residentCertificate(String locality) {
        return Json.createObjectBuilder()
                .add("serviceCode", "RESIDENT_CERTIFICATE")
                .add("applicant", person("Arben Hoxha"))
                .add("location", Json.createObjectBuilder().add("address", "Rruga e Kavajës 10").add("locality", locality))
                .add("description", "Vërtetim banimi për punësim")
                .build().toString();
    }

    /** A local-tax certificate: handled by the tax directorate, wherever the applicant lives. */
    static String taxCertificate() {
        return Json.createObjectBuilder()
                .add("serviceCode", "TAX_CERTIFICATE")
                .add("applicant", person("Elira Basha"))
                .add("description", "Vërtetim për tenderin")
                .build().toString();
    }

    static String civilEmergency() {
        return Json.createObjectBuilder()
                .add("serviceCode", "CIVIL_EMERGENCY")
                .add("applicant", Json.createObjectBuilder().add("kind", "PERSON").add("name", "Dritan Leka").add("phone", "0691234567"))
                .add("location", Json.createObjectBuilder().add("address", "Rruga Dritan Hoxha").add("latitude", 41.33).add("longitude", 19.80))
                .add("description", "Përmbytje në bodrumin e pallatit")
                .build().toString();
    }
}
