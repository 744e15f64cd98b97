package org.mincirc.report;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mincirc.query.FailedResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.UnsupportedResult;

/**
 * JUnit XML, the format CI systems read: one testsuite per file, one testcase per query;
 * failed expectations are failures, timeouts and errors are errors, unsupported queries skipped.
 */
public final class JunitReport {
    private JunitReport() {}

    public static String render(List<QueryResult> results) {
        Map<String, List<QueryResult>> byFile = results.stream()
                .collect(Collectors.groupingBy(QueryResult::file, LinkedHashMap::new, Collectors.toList()));
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "mincirc check");
            for (Map.Entry<String, List<QueryResult>> file : byFile.entrySet()) {
                writeSuite(xml, file.getKey(), file.getValue());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("JUnit XML rendering failed", e);
        }
        return text + "\n";
    }

    private static void writeSuite(XMLStreamWriter xml, String file, List<QueryResult> results)
            throws XMLStreamException {
        long failures = results.stream().filter(r -> !r.passed() && !(r instanceof FailedResult)
                && !(r instanceof UnsupportedResult)).count();
        long errors = results.stream().filter(r -> r instanceof FailedResult).count();
        long skipped = results.stream().filter(r -> r instanceof UnsupportedResult).count();
        double seconds = results.stream().mapToLong(r -> r.elapsed().toNanos()).sum() / 1e9;
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", file);
        xml.writeAttribute("tests", Integer.toString(results.size()));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", Long.toString(errors));
        xml.writeAttribute("skipped", Long.toString(skipped));
        xml.writeAttribute("time", String.format("%.3f", seconds));
        for (QueryResult r : results) {
            writeCase(xml, file, r);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void writeCase(XMLStreamWriter xml, String file, QueryResult r) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", file);
        xml.writeAttribute("name", r.query().kind() + " " + r.query().name());
        xml.writeAttribute("time", String.format("%.3f", r.elapsed().toNanos() / 1e9));
        if (r instanceof UnsupportedResult u) {
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", u.reason());
            xml.writeEndElement();
        } else if (r instanceof FailedResult f) {
            xml.writeStartElement("error");
            xml.writeAttribute("type", f.kind().name().toLowerCase());
            xml.writeAttribute("message", f.message());
            xml.writeEndElement();
        } else if (!r.passed()) {
            String failed = r.checks().stream().filter(c -> !c.holds())
                    .map(c -> c.expectation().pos() + ": " + c.describe()).collect(Collectors.joining("\n"));
            xml.writeStartElement("failure");
            xml.writeAttribute("message", failed.lines().findFirst().orElse("expectation failed"));
            xml.writeCharacters(failed);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
