package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jixiao.filing.Project;
import org.junit.jupiter.api.Test;

/**
 * A border line that two cells of a form share is stroked once, and every line Jasper strokes is
 * still stroked: the same filled 自评表 exported by Jasper's own exporter and by jixiao's, page by page.
 */
class CellBordersTest {

    /** One stroke with the pen it is drawn with, as Jasper writes a box side. */
    private static final Pattern STROKE = Pattern.compile(
            "([\\d.]+ w\\n\\d J\\n[\\d. ]+ RG\\n\\[[^\\]]*\\] [\\d.]+ d\\n)?([\\d.\\-]+ [\\d.\\-]+ m\\n[\\d.\\-]+ [\\d.\\-]+ l\\nS)\\n");

    @Test
    void aLineTwoCellsShareIsStrokedOnceAndNoLineIsLost() throws Exception {
        JasperReportsContext context = DefaultJasperReportsContext.getInstance();
        Reports reports = TestReports.get();
        Project project = Samples.self("党建工作", 30, Samples.LONG_GOAL, Samples.text("实际完成情况很长；", 300));
        Map<String, Object> parameters = new HashMap<>(SelfForms.parameters(reports.templates()));
        parameters.put(JRParameter.REPORT_LOCALE, Reports.LOCALE);
        parameters.put(JRParameter.REPORT_TIME_ZONE, Reports.TIME_ZONE);
        JasperPrint print = JasperFillManager.getInstance(context).fill(reports.templates().report(SelfForms.FORM), parameters,
                SelfForms.projects(List.of(Samples.selfForm(project, List.of()))));

        // jixiao's first: it moves merged names on the page, and Jasper's then exports the same geometry
        List<List<String>> once = strokes(export(new FormPdfExporter(context), print));
        List<List<String>> jasper = strokes(export(new JRPdfExporter(context), print));

        assertThat(once).hasSameSizeAs(jasper).hasSizeGreaterThan(1);
        int repeats = 0;
        for (int p = 0; p < once.size(); p++) {
            assertThat(once.get(p)).as("page %d: no line stroked twice", p + 1).doesNotHaveDuplicates();
            assertThat(new HashSet<>(once.get(p))).as("page %d: every line Jasper strokes", p + 1)
                    .isEqualTo(new HashSet<>(jasper.get(p)));
            repeats += jasper.get(p).size() - once.get(p).size();
        }
        assertThat(repeats).as("Jasper strokes shared lines twice").isGreaterThan(100);
    }

    private static byte[] export(JRPdfExporter exporter, JasperPrint print) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
        return out.toByteArray();
    }

    /** Each page's strokes, each with the pen set just before it (or the pen it inherits). */
    private static List<List<String>> strokes(byte[] pdf) throws Exception {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                String content;
                try (InputStream in = page.getContents()) {
                    content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                List<String> strokes = new ArrayList<>();
                String pen = "";
                Matcher m = STROKE.matcher(content);
                while (m.find()) {
                    pen = m.group(1) != null ? m.group(1) : pen;
                    strokes.add(pen + m.group(2));
                }
                assertThat(strokes).as("every stroke read").hasSize(count(content, "\nS\n"));
                pages.add(strokes);
            }
        }
        return pages;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
