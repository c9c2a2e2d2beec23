package org.w3id.dmmkg.loader.internal.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.w3id.dmmkg.loader.LetterException;

/**
 * The text of a Word document (DOCX), read with Apache POI and laid out the way the letter
 * rules read a text export: the page header's lines first (the letter head), then each
 * paragraph on a line of its own with a blank line after it, table rows as lines with their
 * cells separated by tabs, and the footnotes at the end, each starting with its number; a
 * footnote reference stands in the text as its number glued to the word before it. Annotation
 * offsets count into this text, as they count into the text layer of a PDF.
 */
final class DocxText {
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("\\[(footnote|endnote)Ref:-?\\d+]");
    private final StringBuilder out = new StringBuilder();
    private final List<XWPFFootnote> notes = new ArrayList<>();
    private final XWPFDocument doc;

    private DocxText(XWPFDocument doc) {
        this.doc = doc;
    }

    static String extract(String source, byte[] bytes) throws LetterException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxText text = new DocxText(doc);
            text.headers();
            for (IBodyElement element : doc.getBodyElements()) {
                text.element(element);
            }
            text.footnotes();
            return text.out.toString();
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new LetterException(source, "not a DOCX file: an older Word (.doc) document");
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new LetterException(source, "corrupt DOCX: " + e.getMessage(), e);
        }
    }

    private void headers() {
        for (XWPFHeader header : doc.getHeaderList()) {
            for (XWPFParagraph p : header.getParagraphs()) {
                String line = p.getText().strip();
                if (!line.isEmpty()) {
                    out.append(line).append('\n');
                }
            }
        }
        if (!out.isEmpty()) {
            out.append('\n');
        }
    }

    private void element(IBodyElement element) {
        if (element instanceof XWPFParagraph p) {
            paragraph(p);
            out.append("\n\n");
        } else if (element instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(cell.getText().replace('\n', ' ').strip());
                }
                out.append(String.join("\t", cells)).append('\n');
            }
            out.append('\n');
        }
    }

    /** A paragraph's runs: their text, a footnote reference as its number. */
    private void paragraph(XWPFParagraph p) {
        for (var run : p.getRuns()) {
            CTR ctr = run.getCTR();
            // POI writes a footnote reference as "[footnoteRef:2]"; the number goes in below.
            out.append(REFERENCE.matcher(run.text()).replaceAll(""));
            for (CTFtnEdnRef ref : ctr.getFootnoteReferenceList()) {
                XWPFFootnote note = doc.getFootnoteByID(ref.getId().intValue());
                if (note != null) {
                    notes.add(note);
                    out.append(notes.size());
                }
            }
        }
    }

    private void footnotes() {
        int n = 0;
        for (XWPFFootnote note : notes) {
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : note.getParagraphs()) {
                text.append(p.getText().strip()).append(' ');
            }
            out.append(++n).append(' ').append(text.toString().strip()).append('\n');
        }
    }
}
