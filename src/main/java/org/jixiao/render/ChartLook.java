package org.jixiao.render;

import java.awt.BasicStroke;
import java.awt.Color;
import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of the 汇总表 charts (customizerClass of chart-*.jrxml): flat bars, no shadow, bars no
 * thicker than a tenth of the plot, so a chart with two departments does not draw two slabs, and
 * the value axis the report passes ({@link Chart.Scale}): a round range shared by every part of a
 * long chart, a few round ticks, and a dashed reference line.
 */
public class ChartLook extends JRAbstractChartCustomizer {

    /** Report parameters of chart-*.jrxml: the axis's upper end, its tick step, the reference line. */
    static final String AXIS_MAX = "AXIS_MAX";
    static final String AXIS_STEP = "AXIS_STEP";
    static final String REFERENCE = "REFERENCE";

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (chart.getPlot() instanceof CategoryPlot plot && plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setMaximumBarWidth(0.10);
            if (plot.getDataset() != null && plot.getDataset().getRowCount() > 1) {
                // two years side by side (chart-bars-years): a category's bars touch, so they read as one pair
                bars.setItemMargin(0.0);
            }
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(new Color(0xBFBFBF));
            // the axis ends on a tick: room past the plot's edge for half of its label (8,000)
            chart.setPadding(new RectangleInsets(6, 0, 0, 18));
            if (plot.getRangeAxis() instanceof NumberAxis axis && getParameterValue(AXIS_MAX) instanceof Number upper
                    && getParameterValue(AXIS_STEP) instanceof Number step) {
                axis.setRange(0, upper.doubleValue());
                axis.setTickUnit(new NumberTickUnit(step.doubleValue()));
            }
            if (getParameterValue(REFERENCE) instanceof Number reference) {
                // behind the bars and their labels: a label at the line stays legible over it
                ValueMarker line = new ValueMarker(reference.doubleValue(), new Color(0xE06666),
                        new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
                plot.addRangeMarker(line, Layer.BACKGROUND);
            }
        }
    }
}
