package org.w3id.dmmkg.loader.internal.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.eclipse.rdf4j.model.util.Values;
import org.junit.jupiter.api.Test;
import org.w3id.dmmkg.loader.vocab.DMM;

class GazetteerTest {
    private static final Entry UCAP = new Entry(Values.iri(DMM.ID + "initiative/ucap"), DMM.Initiative, "UCAP",
            List.of("Ukraine Comprehensive Assistance Package", "CAP", "UCAP"), null, List.of());
    private static final Entry NMI = new Entry(Values.iri(DMM.ID + "mission/nmi"), DMM.Mission, "NMI",
            List.of("NATO Mission Iraq", "NAVO-missie in Irak", "NMI"), null, List.of());
    private static final Entry NATO = new Entry(Values.iri(DMM.ID + "organisation/nato"), DMM.Organisation, "NAVO",
            List.of("NAVO", "NATO"), null, List.of());
    private static final Entry SFOR = new Entry(Values.iri(DMM.ID + "mission/sfor"), DMM.Mission, "SFOR",
            List.of("Stabilisation Force", "SFOR"), null, List.of());
    private static final Entry SAFE = new Entry(Values.iri(DMM.ID + "initiative/safe"), DMM.Initiative, "SAFE",
            List.of("Security Action for Europe", "SAFE"), null, List.of());
    private static final Gazetteer G = new Gazetteer(List.of(UCAP, NMI, NATO, SFOR, SAFE));

    private static List<String> found(String text) {
        return G.find(text).stream().map(h -> text.substring(h.start(), h.end()) + "=" + h.entry().id().getLocalName())
                .toList();
    }

    @Test
    void acronymKeepsItsCase() {
        assertEquals(List.of("CAP=ucap"), found("het CAP en een cap op het hoofd"));
    }

    @Test
    void longestNameWins() {
        assertEquals(List.of("NAVO-missie in Irak=nmi", "NAVO=nato"), found("de NAVO-missie in Irak van de NAVO"));
    }

    @Test
    void matchesWholeWordsOnly() {
        assertEquals(List.of(), found("CAPACITEIT en NMIs en escapade"));
    }

    @Test
    void nameMatchesInAnyCaseAndBeforeAHyphen() {
        assertEquals(List.of("nato mission iraq=nmi", "NMI=nmi"), found("de nato mission iraq en de NMI-inzet"));
    }

    @Test
    void anAcronymAlsoMatchesInTheCapitalisedFormOlderLettersWrite() {
        assertEquals(List.of("Navo=nato", "Sfor=sfor", "Navo=nato"), found("De Navo-landen in Sfor en de Navo-top"));
    }

    @Test
    void aCapitalisedFormThatIsAWordOrTooShortIsNoAcronym() {
        assertEquals(List.of(), found("Safe is het woord. Cap op het hoofd. En sfor en navo in kleine letters."));
        Entry eu = new Entry(Values.iri(DMM.ID + "organisation/eu"), DMM.Organisation, "EU", List.of("EU"), null, List.of());
        assertEquals(List.of(), new Gazetteer(List.of(eu)).find("Eu en de Eu-landen"));
    }

    @Test
    void aFootnoteMarkerGluedToANameEndingInASmallLetterDoesNotHideIt() {
        Entry pledge = new Entry(Values.iri(DMM.ID + "initiative/p"), DMM.Initiative, "Cyber Pledge", List.of("Cyber Pledge"),
                null, List.of());
        Gazetteer g = new Gazetteer(List.of(pledge, UCAP));
        assertEquals(2, g.find("de Cyber Pledge12, en de Cyber Pledge3").size());
        assertEquals(0, g.find("de Cyber Pledge123, de Cyber Pledge2a en het CAP2").size());
    }

    /** Names are walked only where a name's first word stands: a word with a footnote marker, or a mark, is such a place. */
    @Test
    void oneWordBeforeAFootnoteMarkerAndANameThatBeginsWithAMarkAreFound() {
        Entry ukraine = new Entry(Values.iri(DMM.ID + "country/ua"), DMM.Country, "Oekraïne", List.of("Oekraïne"), null,
                List.of());
        Entry hague = new Entry(Values.iri(DMM.ID + "place/dh"), DMM.Country, "’s-Gravenhage", List.of("’s-Gravenhage"), null,
                List.of());
        Gazetteer g = new Gazetteer(List.of(ukraine, hague));
        assertEquals(List.of(3, 16), g.find("in Oekraïne1 en ’s-Gravenhage en Oekraïners").stream().map(Gazetteer.Hit::start)
                .toList());
    }

    @Test
    void aNameWithCaseWinsOverTheSameWordsWithout() {
        Entry efp = new Entry(Values.iri(DMM.ID + "mission/efp"), DMM.Mission, "eFP", List.of("eFP"), null, List.of());
        Entry fund = new Entry(Values.iri(DMM.ID + "initiative/efp"), DMM.Initiative, "Efp", List.of("Efp"), null,
                List.of());
        Gazetteer g = new Gazetteer(List.of(fund, efp));
        assertEquals(List.of(DMM.Mission), g.find("de eFP in").stream().map(h -> h.entry().type()).toList());
        assertEquals(List.of(DMM.Initiative), g.find("de EFP in").stream().map(h -> h.entry().type()).toList());
    }

    @Test
    void theFirstEntryOfANameKeepsIt() {
        Entry other = new Entry(Values.iri(DMM.ID + "organisation/other"), DMM.Organisation, "Navo", List.of("navo"),
                null, List.of());
        Gazetteer g = new Gazetteer(List.of(NMI, other, NATO));
        assertEquals("nato", g.find("de NAVO").get(0).entry().id().getLocalName(), "NAVO is an acronym: its own trie");
        assertEquals("other", g.find("de Navo").get(0).entry().id().getLocalName());
    }

    @Test
    void pathologicalLinesFinishAndFindWhatIsThere() {
        // A guard against hangs and deep recursion, not a measure of speed.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals(List.of(), found("a".repeat(100_000)));
            assertEquals(List.of(), found("N".repeat(100_000)));
            assertEquals(List.of(), found("navo-missie in ".repeat(7_000)));
            assertEquals(25_000, G.find("NAVO ".repeat(25_000)).size());
            assertEquals(List.of("NATO=nato"), found("x".repeat(100_000) + " NATO " + "\u00e9".repeat(100_000)));
        });
    }
}
