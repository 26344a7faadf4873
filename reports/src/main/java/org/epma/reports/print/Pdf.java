package org.epma.reports.print;

/** A filled report: the PDF and how many pages it has. */
public record Pdf(byte[] content, int pages) {
}
