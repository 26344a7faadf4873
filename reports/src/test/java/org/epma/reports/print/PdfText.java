package org.epma.reports.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads a printed report back as text (whitespace folded), keeping the PDF in target/ for a person to look at. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(Pdf pdf, String keepAs) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", keepAs + ".pdf"), pdf.content());
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertEquals(pdf.pages(), document.getNumberOfPages());
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
