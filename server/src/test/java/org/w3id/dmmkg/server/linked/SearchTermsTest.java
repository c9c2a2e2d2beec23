package org.w3id.dmmkg.server.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {
    private static List<String> found(String query, String text) {
        return SearchTerms.of(query).find(text, 100).stream().map(h -> text.substring(h.charStart(), h.charEnd())).toList();
    }

    @Test
    void wholeWordsWhateverTheirCase() {
        assertEquals(List.of("Interflex", "interflex"), found("Interflex", "operatie Interflex. Bij interflex, niet Interflexen."));
    }

    @Test
    void aPhraseIsFoundAcrossALineBreakAndItsWordsAloneAreNot() {
        assertEquals(List.of("Defence\nInvestment Pledge"),
                found("\"Defence Investment Pledge\"", "de Ukraine Defence Contact Group; de Defence\nInvestment Pledge (DIP)"));
    }

    @Test
    void aPrefixMatchesLongerWordsAndOperatorsAreNotWords() {
        assertEquals(List.of("munitievoorraden", "KFOR"), found("munitie* AND KFOR", "de munitievoorraden en KFOR and"));
        assertTrue(SearchTerms.of("AND OR NOT").isEmpty());
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "\uD83D\uDE80 KFOR";
        SearchTerms.Hit hit = SearchTerms.of("kfor").find(text, 10).get(0);
        assertEquals(2, hit.start());
        assertEquals(3, hit.charStart());
    }
}
