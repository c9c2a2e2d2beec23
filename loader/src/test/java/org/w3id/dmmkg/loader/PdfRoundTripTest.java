package org.w3id.dmmkg.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dmmkg.loader.vocab.DMM;

/** A letter printed to PDF yields the same facts as its text. */
class PdfRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void pdfOfASeedYieldsTheSameFactsAsItsText() throws Exception {
        Path txt = TestFiles.seed("000_");
        Path pdf = tmp.resolve("letter.pdf");
        writePdf(Files.readString(txt, StandardCharsets.UTF_8), pdf);
        LetterLoader loader = LetterLoader.builder().ontology(TestFiles.ontology()).build();
        Set<String> fromText = facts(loader, txt);
        Set<String> fromPdf = facts(loader, pdf);
        assertFalse(fromText.isEmpty());
        assertEquals(fromText, fromPdf);
    }

    /** Date, type, primary meeting and cited papers: what must not depend on the format. */
    private static Set<String> facts(LetterLoader loader, Path file) throws Exception {
        Model m = new LinkedHashModel();
        loader.load(file, new StatementCollector(m));
        Set<String> facts = new TreeSet<>();
        for (Statement st : m) {
            IRI p = st.getPredicate();
            if (st.getSubject().stringValue().contains("/letter/") && (p.equals(DCTERMS.DATE)
                    || p.equals(DMM.letterType) || p.equals(DMM.reportsOn) || p.equals(DMM.cites)
                    || p.equals(DCTERMS.CREATOR))) {
                facts.add(p.getLocalName() + " " + st.getObject().stringValue());
            }
        }
        return facts;
    }

    private static void writePdf(String text, Path out) throws Exception {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            String[] lines = text.split("\n");
            int perPage = 50;
            for (int i = 0; i < lines.length; i += perPage) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setLeading(13);
                    cs.newLineAtOffset(50, 750);
                    for (int j = i; j < Math.min(lines.length, i + perPage); j++) {
                        cs.showText(lines[j].strip());
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out.toFile());
        }
    }
}
