package org.w3id.dmmkg.loader.internal.text;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3id.dmmkg.loader.LetterException;

/** The text layer of a PDF, page by page, as PDFBox lays it out. */
final class PdfText {
    private PdfText() {
    }

    static String extract(String file, byte[] bytes) throws LetterException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new LetterException(file, "encrypted PDF: text extraction not permitted");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            // A page break reads like a page start in a text export: a new line with a space.
            stripper.setPageEnd("\n ");
            return stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new LetterException(file, "encrypted PDF: a password is needed", e);
        } catch (IOException e) {
            throw new LetterException(file, "corrupt PDF: " + e.getMessage(), e);
        }
    }
}
