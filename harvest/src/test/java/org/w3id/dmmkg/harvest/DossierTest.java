package org.w3id.dmmkg.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DossierTest {
    @Test
    void readsNumbersWithAndWithoutSuffix() {
        assertEquals(new Dossier(28676, null), Dossier.parse("28676"));
        assertEquals(new Dossier(21501, "28"), Dossier.parse("21 501-28"));
        assertEquals("36200-X", Dossier.parse("36200-x").toString());
    }

    @Test
    void refusesWhatIsNoDossierNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dossier.parse("NAVO"));
        assertEquals("not a dossier number: 'NAVO' (for example 28676 or 21501-28)", e.getMessage());
    }
}
