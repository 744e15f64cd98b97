package org.mincirc.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.mincirc.query.ProfileResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.ResultKinds;

/**
 * A profile as an SVG chart, drawn by XChart: x is the circuit size, y the fraction of the
 * policies of that minimal size that satisfy each reported predicate, and with circuit counting
 * the same fraction over the normal circuits of exactly that size. Without predicates, y is the
 * number of policies. The chart only shows the exact numbers of the text and JSON reports;
 * doubles are used for drawing and nothing else.
 */
public final class ProfileChart {
    private ProfileChart() {}

    /** The profile result, for results of that kind. */
    public static Optional<ProfileResult> profileOf(QueryResult result) {
        return ResultKinds.profile(result);
    }

    /** The chart as an SVG document. */
    public static byte[] svg(ProfileResult r) {
        return Charts.svg(chart(r));
    }

    /** The chart itself, for other renderings. */
    public static XYChart chart(ProfileResult r) {
        boolean fractions = !r.predicates().isEmpty();
        XYChart chart = Charts.chart("profile " + r.query().name() + " (" + r.query().target().name() + ", "
                        + r.query().basis().keyword() + ")", "circuit size (gates)",
                fractions ? "fraction satisfying" : "policies of this minimal size");
        chart.getStyler().setYAxisMin(0.0);
        if (fractions) {
            chart.getStyler().setYAxisMax(1.0);
        }
        if (!fractions) {
            List<Integer> xs = new ArrayList<>();
            List<Integer> ys = new ArrayList<>();
            r.levels().forEach(l -> {
                xs.add(l.cost());
                ys.add(l.policyCount());
            });
            addSeries(chart, "policies", xs, ys);
        }
        for (String p : r.predicates()) {
            List<Integer> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            List<Integer> cxs = new ArrayList<>();
            List<Double> cys = new ArrayList<>();
            for (ProfileResult.Level l : r.levels()) {
                l.fraction(p).ifPresent(f -> {
                    xs.add(l.cost());
                    ys.add(f.doubleValue());
                });
                l.circuits().filter(c -> c.qualifying() > 0).ifPresent(c -> {
                    cxs.add(l.cost());
                    cys.add((double) c.satisfying().get(p) / c.qualifying());
                });
            }
            addSeries(chart, p + " among policies of minimal size c", xs, ys);
            addSeries(chart, p + " among circuits of c gates", cxs, cys);
        }
        return chart;
    }

    private static void addSeries(XYChart chart, String name, List<Integer> xs, List<? extends Number> ys) {
        Charts.addSeries(chart, name, xs, ys);
    }
}
