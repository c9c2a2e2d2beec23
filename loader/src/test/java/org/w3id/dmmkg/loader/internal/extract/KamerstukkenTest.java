package org.w3id.dmmkg.loader.internal.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KamerstukkenTest {
    private static List<String> refs(String text) {
        return Kamerstukken.find(text).stream()
                .map(r -> String.join("+", r.dossiers()) + "#" + String.join(",", r.numbers())
                        + (r.dateStart() < 0 ? "" : "@" + text.substring(r.dateStart(), r.end())))
                .toList();
    }

    @Test
    void readsPaperWithDate() {
        assertEquals(List.of("28676#426@3 februari 2023"), refs("zie: Kamerstuk 28 676, nr. 426 van 3 februari 2023"));
    }

    @Test
    void readsDossierWithLetterSuffix() {
        assertEquals(List.of("35925-X#74"), refs("en Kamerstuk 35 925 X, nr. 74."));
    }

    @Test
    void readsNumberWithoutSpace() {
        assertEquals(List.of("28676#427@9 maart 2023"), refs("(Kamerstuk 28 676, nr.427 van 9 maart 2023)"));
    }

    @Test
    void readsOnePaperInTwoDossiers() {
        assertEquals(List.of("22054+36045#398"), refs("(Kamerstukken 22 054 en 36 045, nr. 398)."));
    }

    @Test
    void readsDossierWithNumberSuffix() {
        assertEquals(List.of("21501-28#283"), refs("Kamerstuk 21 501-28, nr. 283"));
    }

    @Test
    void readsListJoinedByCommaAndEn() {
        assertEquals(List.of("28676#432@12 mei 2023", "28676#429@17 maart 2023", "28676#426@3 februari 2023"),
                refs("Kamerstuk 28 676, nr. 432 van 12 mei 2023, Kamerstuk 28 676, nr. 429 van 17 maart 2023 "
                        + "en Kamerstuk 28 676, nr. 426 van 3 februari 2023."));
    }

    @Test
    void readsDdDate() {
        assertEquals(List.of("29521#446@17 juni 2022"), refs("(Kamerstuk 29 521, nr. 446, d.d. 17 juni 2022)"));
    }

    @Test
    void readsOfficialCitationWithYearAndSeveralNumbers() {
        assertEquals(List.of("28676#426,427"), refs("Kamerstukken II 2022/23, 28 676, nrs. 426 en 427"));
    }

    @Test
    void normalisesDossiers() {
        assertEquals("35925-X", Kamerstukken.normaliseDossier("35 925 X"));
        assertEquals("21501-28", Kamerstukken.normaliseDossier("21 501 - 28"));
        assertEquals("https://zoek.officielebekendmakingen.nl/kst-35925-X-74.html", Kamerstukken.page("35925-X", "74"));
    }
}
