package org.jixiao.render;

import java.io.IOException;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Jasper's PDF exporter with each page's merged-cell names centred on their runs first
 * ({@link MergedLabels}): where a page break cut a run is known only once the page is filled.
 * The page is arranged as it is exported, so a page read back from a swap file is arranged too.
 */
final class FormPdfExporter extends JRPdfExporter {

    FormPdfExporter(JasperReportsContext context) {
        super(context);
    }

    @Override
    protected void exportPage(JRPrintPage page) throws JRException, IOException {
        super.exportPage(new Arranged(MergedLabels.arrange(page.getElements())));
    }

    /** The page as exported: its elements arranged, read once. */
    private record Arranged(List<JRPrintElement> elements) implements JRPrintPage {
        @Override
        public List<JRPrintElement> getElements() {
            return elements;
        }

        @Override
        public void setElements(List<JRPrintElement> elements) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addElement(JRPrintElement element) {
            throw new UnsupportedOperationException();
        }
    }
}
