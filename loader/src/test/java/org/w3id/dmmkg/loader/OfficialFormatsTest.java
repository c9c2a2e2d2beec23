package org.w3id.dmmkg.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.loader.vocab.DMM;

/**
 * The official formats: the Kamerstuk XML of officielebekendmakingen.nl read by its structure,
 * and Word documents (DOCX), with annotation offsets exact against what was read.
 */
class OfficialFormatsTest {
    static LetterLoader loader;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loader() throws Exception {
        loader = LetterLoader.builder().ontology(TestFiles.ontology()).build();
    }

    static Path xmlFixture() throws Exception {
        return Path.of(OfficialFormatsTest.class.getResource("/official/kst-28676-901.xml").toURI());
    }

    @Test
    void kamerstukXmlGivesItsHeadDateSignerAndPaperNumberFromItsStructure() throws Exception {
        Model model = new LinkedHashModel();
        LoadedLetter letter = loader.load(xmlFixture(), new StatementCollector(model));
        assertEquals("2023-02-21", literal(model, letter.letter(), DCTERMS.DATE));
        assertEquals(Set.of(DMM.id("kamerstuk", "28676-901")), objects(model, letter.letter(), DMM.publishedAs));
        assertEquals(Set.of(DMM.id("minister", "ollongren")), objects(model, letter.letter(), DCTERMS.CREATOR));
        assertTrue(objects(model, letter.letter(), DMM.reportsOn).contains(DMM.id("meeting", "dmm-2023-02-15")),
                "the meeting of 14 and 15 February: " + objects(model, letter.letter(), DMM.reportsOn));
        assertTrue(objects(model, letter.letter(), DMM.cites).contains(DMM.id("kamerstuk", "28676-426")),
                "the footnote's citation is found");
    }

    @Test
    void kamerstukXmlTextLeavesMarkupFootnotesAndProcessingInstructionsOutOfTheRunningText() throws Exception {
        LetterSource source = loader.read(xmlFixture());
        Model model = new LinkedHashModel();
        LoadedLetter letter = loader.load(source, new StatementCollector(model));
        String text = literal(model, letter.letter(), DMM.text);
        assertTrue(text.contains("in Brussel. De bijeenkomst stond in het teken van de steun aan Oekraïne."), text);
        assertTrue(text.contains("Nederland draagt € 2,5 miljard bij aan de European Sky Shield Initiative (ESSI)"), text);
        assertTrue(text.contains("De Secretaris-Generaal van de NAVO lichtte"), text);
        assertTrue(text.endsWith("Kamerstuk 28 676, nr. 426."), "the footnote comes last: " + text);
        assertTrue(!text.contains("xpp") && !text.contains("<"), text);
    }

    @Test
    void kamerstukXmlOffsetsCountIntoTheStringValueOfTheStoredFile() throws Exception {
        Model model = new LinkedHashModel();
        loader.load(xmlFixture(), new StatementCollector(model));
        String stringValue;
        try (InputStream in = Files.newInputStream(xmlFixture())) {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            stringValue = XPathFactory.newInstance().newXPath().evaluate("string(/)", doc);
        }
        assertEquals(stringValue, loader.read(xmlFixture()).text());
        int checked = AnnotationOffsetsTest.assertOffsetsCut(model, stringValue);
        assertTrue(checked >= 8, "annotations checked: " + checked);
    }

    @Test
    void brokenXmlIsRefusedWithItsReason() throws Exception {
        Path bad = tmp.resolve("kst-1-1.xml");
        Files.writeString(bad, "<officiele-publicatie><al>Den Haag</officiele-publicatie>");
        LetterException e = assertThrows(LetterException.class, () -> loader.read(bad));
        assertTrue(e.reason().startsWith("not well-formed XML: "), e.reason());
        assertTrue(!e.reason().contains("\n"), e.reason());
    }

    @Test
    void xmlWithAnExternalEntityIsNotFollowed() throws Exception {
        Path evil = tmp.resolve("evil.xml");
        Files.writeString(evil, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<officiele-publicatie><al>Den Haag &e;</al></officiele-publicatie>");
        LetterException e = assertThrows(LetterException.class, () -> loader.read(evil));
        assertTrue(e.reason().startsWith("not well-formed XML"), e.reason());
    }

    @Test
    void docxLetterIsReadWithItsFootnotesAndExactOffsets() throws Exception {
        Path docx = tmp.resolve("2023D07000.docx");
        Files.write(docx, docx());
        LetterSource source = loader.read(docx);
        Model model = new LinkedHashModel();
        LoadedLetter letter = loader.load(source, new StatementCollector(model));
        assertEquals("2023-02-21", literal(model, letter.letter(), DCTERMS.DATE));
        assertEquals(Set.of(DMM.id("minister", "ollongren")), objects(model, letter.letter(), DCTERMS.CREATOR));
        assertTrue(objects(model, letter.letter(), DMM.cites).contains(DMM.id("kamerstuk", "28676-426")));
        assertTrue(objects(model, letter.letter(), DMM.mentions).contains(DMM.id("mission", "kfor")));
        assertTrue(AnnotationOffsetsTest.assertOffsetsCut(model, source.text()) >= 5);
        assertTrue(source.text().contains("Brussel.1 De bijeenkomst"), "the reference stands as its number: "
                + source.text());
    }

    @Test
    void anOldWordDocumentRenamedDocxIsRefused() throws Exception {
        Path doc = tmp.resolve("old.docx");
        Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0});
        LetterException e = assertThrows(LetterException.class, () -> loader.read(doc));
        assertTrue(e.reason().contains("DOCX"), e.reason());
    }

    /** A Word letter made with POI: head, body with a footnote, closing. */
    private static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : new String[] {"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
                "Datum 21 februari 2023", "Betreft Verslag NAVO-ministers van Defensie"}) {
                doc.createParagraph().createRun().setText(line);
            }
            XWPFParagraph body = doc.createParagraph();
            body.createRun().setText("Hierbij bied ik u het verslag aan van de bijeenkomst van de NAVO-ministers van "
                    + "Defensie op 14 en 15 februari 2023 in Brussel.");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("Kamerstuk 28 676, nr. 426.");
            body.addFootnoteReference(note);
            body.createRun().setText(" De bijeenkomst stond in het teken van de steun aan Oekraïne.");
            doc.createParagraph().createRun().setText("Nederland zet de bijdrage aan KFOR voort.");
            doc.createParagraph().createRun().setText("De Minister van Defensie,");
            doc.createParagraph().createRun().setText("K.H. Ollongren");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String literal(Model model, IRI subject, IRI property) {
        return Models.objectLiteral(model.filter(subject, property, null)).map(Literal::getLabel).orElse(null);
    }

    private static Set<Object> objects(Model model, IRI subject, IRI property) {
        return model.filter(subject, property, null).objects().stream().collect(Collectors.toSet());
    }

}
