package org.jixiao.render;

import java.io.ByteArrayOutputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Exports a filled report to PDF bytes, whole or not at all, with the metadata and page count. */
final class Pdf {

    private Pdf() {
    }

    static Rendered export(JasperReportsContext context, JasperPrint print, String title, java.time.LocalDate runDate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        JRPdfExporter exporter = new FormPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(title);
        config.setMetadataCreator("jixiao");
        config.setMetadataProducer("jixiao (JasperReports, OpenPDF)");
        exporter.setConfiguration(config);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("PDF 导出失败：" + title + "：" + e.getMessage(), e);
        }
        return new Rendered(PdfDeterminism.normalise(out.toByteArray(), runDate), print.getPages().size());
    }
}
