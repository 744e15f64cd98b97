package org.mincirc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mincirc.model.Predicate;
import org.mincirc.query.Quantifier;
import org.mincirc.query.QueryResult;
import org.mincirc.query.ResultKinds;
import org.mincirc.query.SeriesResult;
import org.mincirc.query.SolveResult;
import org.mincirc.query.SolveStatus;

/**
 * A series as an SVG chart: x is the parameter's value, y (left) the proven minimal size, and y
 * (right) for each reported predicate the fraction of the minimal policies satisfying it: all is
 * 1, none is 0, some is the exact counted fraction, or, when the policies were not all
 * enumerated, a diamond at 1/2 meaning "some, fraction not counted". Members without a proven
 * minimum (unknown, infeasible, failed) have no point. One marker per point.
 */
public final class SeriesChart {
    private SeriesChart() {}

    /** The series result, for results of that kind. */
    public static Optional<SeriesResult> seriesOf(QueryResult result) {
        return ResultKinds.series(result);
    }

    public static byte[] svg(SeriesResult r) {
        return Charts.svg(chart(r));
    }

    /** The y value of a predicate at one member, if it has one; the second item says whether it is counted exactly. */
    private record Point(double y, boolean exact) {}

    private static Optional<Point> point(Quantifier q, BigFraction fraction) {
        return switch (q) {
            case ALL -> Optional.of(new Point(1.0, true));
            case NONE -> Optional.of(new Point(0.0, true));
            case SOME -> Optional.of(fraction == null ? new Point(0.5, false) : new Point(fraction.doubleValue(), true));
            case UNKNOWN -> Optional.empty();
        };
    }

    public static XYChart chart(SeriesResult r) {
        String p = r.query().parameter();
        XYChart chart = Charts.chart("series " + r.query().name() + " (" + r.query().target() + ", "
                + r.query().members().get(0).solve().basis().keyword() + ")", p, "minimal circuit size (gates)");
        chart.getStyler().setYAxisMin(0, 0.0);
        List<Number> xs = new ArrayList<>();
        List<Number> ys = new ArrayList<>();
        for (SeriesResult.Member m : r.members()) {
            m.solve().filter(s -> s.status() == SolveStatus.OPTIMAL).flatMap(SolveResult::circuit).ifPresent(c -> {
                xs.add(m.value().doubleValue());
                ys.add(c.size());
            });
        }
        Charts.addSeries(chart, "minimal size", xs, ys);
        boolean right = false;
        for (Predicate pred : r.query().reports()) {
            List<Number> px = new ArrayList<>();
            List<Number> py = new ArrayList<>();
            List<Number> ux = new ArrayList<>();
            List<Number> uy = new ArrayList<>();
            for (SeriesResult.Member m : r.members()) {
                Optional<SolveResult> s = m.solve().filter(x -> x.status() == SolveStatus.OPTIMAL);
                if (s.isEmpty()) {
                    continue;
                }
                Optional<Point> pt = point(s.get().predicates().getOrDefault(pred.name(), Quantifier.UNKNOWN),
                        m.fractions().get(pred.name()));
                if (pt.isPresent()) {
                    (pt.get().exact() ? px : ux).add(m.value().doubleValue());
                    (pt.get().exact() ? py : uy).add(pt.get().y());
                }
            }
            Charts.addSeries(chart, pred.name() + ": fraction of the minimal policies", px, py)
                    .ifPresent(x -> x.setYAxisGroup(1));
            Charts.addSeries(chart, pred.name() + ": some, fraction not counted", ux, uy).ifPresent(x -> {
                x.setYAxisGroup(1);
                x.setMarker(SeriesMarkers.DIAMOND);
            });
            right |= !px.isEmpty() || !ux.isEmpty();
        }
        if (right) {
            chart.setYAxisGroupTitle(1, "fraction of minimal policies satisfying");
            chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            chart.getStyler().setYAxisMin(1, 0.0);
            chart.getStyler().setYAxisMax(1, 1.0);
        }
        return chart;
    }
}
