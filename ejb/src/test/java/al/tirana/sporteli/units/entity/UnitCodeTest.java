package al.tirana.sporteli.units.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnitCodeTest {

    @Test
    void acceptsWhatAPersonTypes() {
        assertEquals(new UnitCode("NA05"), UnitCode.parse(" na05 "));
        assertEquals("KASH", UnitCode.parse("Kash").value());
    }

    @Test
    void refusesCodesThatCouldNotNameAQueue() {
        assertThrows(IllegalArgumentException.class, () -> UnitCode.parse("NA/05"));
        assertThrows(IllegalArgumentException.class, () -> UnitCode.parse(""));
        assertThrows(IllegalArgumentException.class, () -> UnitCode.parse(null));
        assertThrows(IllegalArgumentException.class, () -> UnitCode.parse("5NA"));
        assertThrows(IllegalArgumentException.class, () -> UnitCode.parse("NA0000001"));
    }
}
