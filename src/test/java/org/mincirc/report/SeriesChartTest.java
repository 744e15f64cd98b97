package org.mincirc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.mincirc.lang.Loader;
import org.mincirc.model.Document;
import org.mincirc.query.QueryRunner;
import org.mincirc.query.SeriesResult;
import org.w3c.dom.NodeList;

/**
 * The chart of a series is well-formed SVG with one marker per point: a minimal size for each
 * member and a fraction for each member and reported predicate (XChart adds one more marker per
 * drawn series, in the legend).
 */
class SeriesChartTest {
    private static final String DOC = """
            interface { inputs x0 x1 x2; actions a = 0, b = 1; }
            mdp T(k) { horizon 1; state s code bits(k, 3) init 1 { a -> reward (mod(k, 2)); b -> reward (1 - mod(k, 2)); } }
            family Train(n) { T(k = 0..(n - 1)): uniform }
            family All { T(k = 0..7): uniform }
            mdp U = union All;
            predicate everywhere = return(U) == 1;
            solve s { target Train(n = 1..5); require return >= optimal; report everywhere; }
            """;

    @Test
    void oneMarkerPerPoint() throws Exception {
        Document doc = Loader.parse("c.mdp", DOC);
        SeriesResult r = SeriesChart.seriesOf(new QueryRunner(doc).runAll().get(0)).orElseThrow();
        assertEquals(5, r.members().size());
        byte[] svg = SeriesChart.svg(r);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document xml = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", xml.getDocumentElement().getNodeName());
        NodeList markers = xml.getElementsByTagName("ellipse");
        // 5 sizes + 5 fractions (every member is proven minimal and its policies enumerated) + 2 in the legend.
        assertEquals(5 + 5 + 2, markers.getLength());
        // n = 1 is one state: a constant, zero gates.
        assertEquals(0, r.members().get(0).solve().orElseThrow().circuit().orElseThrow().size());
    }
}
