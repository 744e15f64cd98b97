package org.mincirc.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What the charts of mincirc share (profiles, series): one XChart style, SVG output, and series
 * drawn with a marker at every point. Doubles are for drawing only; every number shown is one
 * of the exact numbers of the text and JSON reports.
 */
final class Charts {
    private Charts() {}

    /** An empty chart in the house style: white, whole-number x axis, legend below. */
    static XYChart chart(String title, String xTitle, String yTitle) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        XYChart chart = new XYChartBuilder().width(720).height(440).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setMarkerSize(8);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        return chart;
    }

    /** Adds a series with a circle at every point, unless it has no points; the series, if added. */
    static java.util.Optional<XYSeries> addSeries(XYChart chart, String name, List<? extends Number> xs,
                                                  List<? extends Number> ys) {
        if (xs.isEmpty()) {
            return java.util.Optional.empty();
        }
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setMarker(SeriesMarkers.CIRCLE);
        return java.util.Optional.of(s);
    }

    /** The chart as an SVG document. */
    static byte[] svg(XYChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new IllegalStateException("SVG rendering failed", e);
        }
        return out.toByteArray();
    }
}
