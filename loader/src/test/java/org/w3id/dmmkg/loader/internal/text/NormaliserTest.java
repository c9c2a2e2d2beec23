package org.w3id.dmmkg.loader.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormaliserTest {
    static LetterText normalise(String text) {
        return Normaliser.normalise(new SourceText("t.txt", text, SourceText.Format.TEXT, "0", List.of()));
    }

    static LetterText markdown(String text) {
        return Normaliser.normalise(new SourceText("t.md", text, SourceText.Format.MARKDOWN, "0", List.of()));
    }

    @Test
    void joinsWordHyphenatedAcrossLineBreak() {
        assertTrue(normalise("voor te bereiden op een Russisch tegenof-\nfensief. Daarna.\n").text()
                .contains("Russisch tegenoffensief."));
    }

    @Test
    void joinsWenselijkheidBrokenForTheLine() {
        assertTrue(normalise("Het kabinet onderzoekt nu de wense-\nlijkheid en mogelijkheid.\n").text()
                .contains("de wenselijkheid en"));
    }

    @Test
    void keepsHyphenAfterAcronym() {
        assertTrue(normalise("De Ministers bespraken de veiligheid rond het NAVO-\nverdragsgebied.\n").text()
                .contains("het NAVO-verdragsgebied."));
    }

    @Test
    void keepsHyphenBeforeCapital() {
        assertTrue(normalise("over de toekomst van het Euro-\nAtlantische pad van Oekraïne.\n").text()
                .contains("Euro-Atlantische pad"));
    }

    @Test
    void keepsHyphenInDayRange() {
        assertTrue(normalise("voor de NAVO DMM van 15-\n16 juni. Verder.\n").text().contains("DMM van 15-16 juni."));
    }

    @Test
    void keepsRealHyphenBetweenVowels() {
        assertTrue(normalise("de samenwerking met de defensie-\nindustrie is nodig.\n").text()
                .contains("defensie-industrie"));
    }

    @Test
    void joinsLinesOfAParagraphWithOneSpace() {
        LetterText t = normalise("Op 14 en 15 februari jl. vond in Brussel de \nbijeenkomst plaats. \n\nVolgende alinea.\n");
        assertEquals("Op 14 en 15 februari jl. vond in Brussel de bijeenkomst plaats.", t.textOf(t.blocks().get(0)));
    }

    @Test
    void movesFootnoteOutOfRunningTextAndRejoinsTheSentence() {
        String source = "Verschillende bondgenoten hebben stappen ondernomen om de voorraden te vergroten.1 Meer \n"
                + "samenwerking en het tegengaan van \n\n"
                + "1 zie: Kamerstuk 28 676, nr. 426 van 3 februari 2023\n"
                + " fragmentatie is cruciaal. \n";
        LetterText t = normalise(source);
        assertTrue(t.text().contains("te vergroten. Meer samenwerking en het tegengaan van fragmentatie is cruciaal."),
                t.text());
        List<Block> notes = t.blocks(Block.Kind.FOOTNOTE);
        assertEquals(1, notes.size());
        assertTrue(t.textOf(notes.get(0)).startsWith("1 zie: Kamerstuk 28 676"));
        Sentence footnote = t.sentences().get(t.sentences().size() - 1);
        assertEquals(0, footnote.anchor(), "a footnote counts in the sentence its marker follows");
    }

    @Test
    void linksMarkerAfterAbbreviationToItsFootnote() {
        String source = "Relevant is de motie Sjoerdsma c.s.2 waar de oude DIP werd aangehaald.\n"
                + "Tweede zin.1 Derde zin.\n\n"
                + "1 Eerste voetnoot.\n"
                + "2 Kamerstuk 36 045, nr. 4 van 28 februari 2022\n";
        LetterText t = normalise(source);
        assertFalse(t.text().contains("c.s.2"), t.text());
        int marker = t.footnoteMarker(2);
        assertTrue(t.text().substring(0, marker).endsWith("motie Sjoerdsma c.s."), t.text().substring(0, marker));
    }

    @Test
    void footnotesOfAnExcerptMayStartAtAnyNumberAndMarkersStandBeforePunctuation() {
        String source = "De steun aan Georgië7, Armenië8. en de Baltische staten kwam aan bod.\n\n"
                + "7 Kamerstuk 21 501-28, nr. 200\n8 Kamerstuk 21 501-28, nr. 201\n";
        LetterText t = normalise(source);
        assertTrue(t.text().startsWith("De steun aan Georgië, Armenië. en de Baltische"), t.text());
        assertEquals(2, t.blocks(Block.Kind.FOOTNOTE).size());
        assertTrue(t.text().substring(0, t.footnoteMarker(1)).endsWith("Georgië"), "the first footnote's marker");
    }

    @Test
    void recognisesLetterHeadAsFurniture() {
        LetterText t = normalise("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
                + "Den Haag, 21 februari 2023\n\nOp 14 februari vond de DMM plaats.\n\n"
                + "Onze referentie\nBS2022015117\n\nPagina 2 van 3\n");
        assertEquals(Block.Kind.FURNITURE, t.blocks().get(0).kind());
        assertEquals(Block.Kind.FURNITURE, t.blocks().get(1).kind());
        assertEquals(Block.Kind.PARAGRAPH, t.blocks().get(2).kind());
        assertEquals(1, t.sentences().size());
        assertTrue(t.blocks().stream().skip(3).allMatch(b -> b.kind() == Block.Kind.FURNITURE));
    }

    @Test
    void rejoinsSentenceBrokenByBlankLineInDoubleSpacedText() {
        LetterText t = normalise("Aanleiding \nOp 15 juni komen de ministers bijeen. Op 8 juni \n\n"
                + "2023 is over de DMM een debat ingepland.\n");
        assertEquals(Block.Kind.HEADING, t.blocks().get(0).kind());
        assertTrue(t.text().contains("Op 8 juni 2023 is over de DMM"), t.text());
    }

    @Test
    void readsMarkdownEmphasisAndHeadingsAsPlainText() {
        LetterText t = markdown("### **Werkdiner**\n\nVoorafgaand aan de DMM vond een bijeenkomst plaats van de *Ukraine Defense*\n\n"
                + "*Contact Group* (UDCG) vond plaats. Zie [www.defensie.nl](http://www.defensie.nl).\n");
        assertEquals(Block.Kind.HEADING, t.blocks().get(0).kind());
        assertEquals("Werkdiner", t.textOf(t.blocks().get(0)));
        assertTrue(t.text().contains("plaats van de Ukraine Defense Contact Group (UDCG) vond plaats. Zie www.defensie.nl."),
                t.text());
    }

    @Test
    void splitsSentencesAcrossDutchAbbreviations() {
        LetterText t = normalise("Op 14 en 15 februari jl. vond de DMM plaats. Zie de motie Dassen c.s. "
                + "(Kamerstuk 36 124, nr. 19 d.d. 22 december 2022). K.H. Ollongren en o.a. drs. Jansen spraken.\n");
        List<String> sentences = t.sentences().stream().map(t::textOf).toList();
        assertEquals(List.of("Op 14 en 15 februari jl. vond de DMM plaats.",
                "Zie de motie Dassen c.s. (Kamerstuk 36 124, nr. 19 d.d. 22 december 2022).",
                "K.H. Ollongren en o.a. drs. Jansen spraken."), sentences);
    }

    @Test
    void mapsEveryNormalisedRangeBackToTheSourceWords() {
        String source = "De inzet van tegenof-\nfensief en \n\nNAVO-\nverdragsgebied.";
        LetterText t = normalise(source);
        int at = t.text().indexOf("tegenoffensief");
        assertEquals("tegenof-\nfensief", t.exact(at, at + "tegenoffensief".length()));
        int navo = t.text().indexOf("NAVO-verdragsgebied");
        assertEquals("NAVO-\nverdragsgebied", t.exact(navo, navo + "NAVO-verdragsgebied".length()));
    }
}
