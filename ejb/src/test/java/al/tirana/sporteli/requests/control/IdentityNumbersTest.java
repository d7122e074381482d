package al.tirana.sporteli.requests.control;

import static al.tirana.sporteli.requests.control.IdentityNumbers.NID_DATE;
import static al.tirana.sporteli.requests.control.IdentityNumbers.NID_FORMAT;
import static al.tirana.sporteli.requests.control.IdentityNumbers.NIPT_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Synthetic numbers built to the published structure; none is claimed to be issued to anybody. */
class IdentityNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static Optional<String> nid(String number) {
        return IdentityNumbers.personalNumberError(number, TODAY);
    }

    @Test
    void acceptsPersonalNumbersOfMenAndWomen() {
        assertEquals(Optional.empty(), nid("J00101001A"));
        assertEquals(Optional.empty(), nid("J05115001W"), "women's months run from 51");
        assertEquals(Optional.of(LocalDate.of(1990, 1, 15)), IdentityNumbers.birthDate("J05115001W"));
        assertEquals(Optional.of(LocalDate.of(1968, 2, 18)), IdentityNumbers.birthDate("G80218001B"));
        assertEquals(Optional.of(LocalDate.of(2000, 2, 29)), IdentityNumbers.birthDate("K00229001C"));
    }

    @Test
    void normalisesWhatIsTyped() {
        assertEquals(Optional.empty(), nid("  j05115001w "));
        assertEquals(Optional.empty(), nid("J 051150 01W"));
        assertEquals("J05115001W", IdentityNumbers.normalised(" j05115001-w "));
        assertNull(IdentityNumbers.normalised("   "));
    }

    @Test
    void namesAMalformedPersonalNumber() {
        for (String number : new String[] {null, "", "J0010100A", "J001010011A", "100101001A", "J0010100AA",
                "JO0101001A", "U00101001A", "J00101001X", "J00101001Z"}) {
            assertEquals(Optional.of(NID_FORMAT), nid(number), String.valueOf(number));
        }
    }

    @Test
    void namesABirthDateThatCannotBe() {
        for (String number : new String[] {"J01301001A", "J00001001A", "J05001001A", "J06301001A", "J00230001A",
                "J90229001A", "J00132001A", "J00100001A", "J05431001A"}) {
            assertEquals(Optional.of(NID_DATE), nid(number), number);
        }
    }

    @Test
    void namesABirthDateInTheFuture() {
        assertEquals(Optional.of(NID_DATE), nid("M60303001A"));
        assertEquals(Optional.of(NID_DATE), nid("N00101001A"));
        assertEquals(Optional.empty(), nid("M60302001A"), "born today");
    }

    @Test
    void acceptsNiptsOfTheDocumentedForm() {
        assertEquals(Optional.empty(), IdentityNumbers.niptError("J91402501L"));
        assertEquals(Optional.empty(), IdentityNumbers.niptError(" k22218003v "));
        assertEquals(Optional.empty(), IdentityNumbers.niptError("L 42307014 K"));
    }

    @Test
    void namesAMalformedNipt() {
        for (String number : new String[] {null, "", "J9140250L", "J914025011L", "991402501L", "J91402501",
                "J9140250AL", "AL J91402501 L"}) {
            assertEquals(Optional.of(NIPT_FORMAT), IdentityNumbers.niptError(number), String.valueOf(number));
        }
    }
}
