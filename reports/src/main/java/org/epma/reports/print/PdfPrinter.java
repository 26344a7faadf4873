package org.epma.reports.print;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;

/**
 * Fills a JRXML template with rows and the {@link Printing} heading and exports it as PDF. Each template is compiled
 * once and kept; filling takes no lock, so reports print side by side.
 */
@ApplicationScoped
public class PdfPrinter {

    private static final DateTimeFormatter PRINTED_AT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");

    private final ConcurrentMap<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /**
     * @param template class-path resource of the JRXML
     * @param zone     the time zone in which the report's times are read (the ward's)
     * @param rows     one map a row, keyed by the template's field names
     */
    public Pdf print(String template, Printing printing, ZoneId zone, Map<String, Object> parameters,
                     Collection<Map<String, ?>> rows) {
        // Jasper adds its own entries to the map, so it must be a fresh mutable one
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("HOSPITAL", printing.hospital());
        all.put("PRINTED_BY", printing.printedBy());
        all.put("PRINTED_AT", PRINTED_AT.withLocale(printing.locale()).format(printing.printedAt().atZone(zone)));
        all.put("TRAINING", printing.training());
        all.put(JRParameter.REPORT_LOCALE, printing.locale());
        all.put(JRParameter.REPORT_RESOURCE_BUNDLE, Labels.of(printing.locale()).bundle());
        all.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(zone));
        try {
            JasperPrint filled = JasperFillManager.fillReport(report(template), all, new JRMapCollectionDataSource(rows));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(filled));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
            return new Pdf(out.toByteArray(), filled.getPages().size());
        } catch (JRException e) {
            throw new IllegalStateException("report " + template + " could not be printed", e);
        }
    }

    private JasperReport report(String template) {
        return compiled.computeIfAbsent(template, name -> {
            try (InputStream jrxml = PdfPrinter.class.getClassLoader().getResourceAsStream(name)) {
                if (jrxml == null) {
                    throw new IllegalArgumentException("no report template " + name);
                }
                return JasperCompileManager.compileReport(jrxml);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException("report template " + name + " does not compile", e);
            }
        });
    }
}
