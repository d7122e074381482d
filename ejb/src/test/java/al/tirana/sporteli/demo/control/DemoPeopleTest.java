package al.tirana.sporteli.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import al.tirana.sporteli.requests.control.IdentityNumbers;
import al.tirana.sporteli.requests.entity.RequestStatus;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DemoPeopleTest {

    private final DemoPeople people = new DemoPeople(new Random(7));

    @Test
    void personalNumbersAndNiptsPassIntakeValidation() {
        for (int i = 0; i < 2_000; i++) {
            String nid = people.personalNumber();
            assertTrue(IdentityNumbers.personalNumberError(nid, LocalDate.of(2026, 11, 28)).isEmpty(), nid);
            String nipt = people.nipt();
            assertTrue(IdentityNumbers.niptError(nipt).isEmpty(), nipt);
        }
    }

    @Test
    void contactsHaveTheFormIntakeAccepts() {
        String email = people.email("Ndriçim Çela");
        assertEquals("ndricim.cela@example.al", email);
        assertTrue(people.phone().matches("\\+3556[789]\\d{7}"));
    }

    @Test
    void thePlanLeavesMostRequestsOpenAndReachesEveryState() {
        Map<RequestStatus, Integer> goals = new EnumMap<>(RequestStatus.class);
        for (int serial = 1; serial <= 300; serial++) {
            goals.merge(DemoPlan.goal("2026-" + String.format("%06d", serial) + "-" + serial % 10), 1, Integer::sum);
        }
        assertEquals(8, goals.size(), goals.toString());
        int open = goals.entrySet().stream().filter(e -> e.getKey().isOpen()).mapToInt(Map.Entry::getValue).sum();
        assertTrue(open > 150, goals.toString());
    }
}
