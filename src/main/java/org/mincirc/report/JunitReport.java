package org.mincirc.report;

import java.io.StringWriter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mincirc.query.EvalResult;
import org.mincirc.query.FailedResult;
import org.mincirc.query.LemmaResult;
import org.mincirc.query.ProfileResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.SeriesResult;
import org.mincirc.query.SolveResult;
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
        Map<CaseOutcome, Long> counts = results.stream()
                .collect(Collectors.groupingBy(CaseOutcome::of, () -> new EnumMap<>(CaseOutcome.class),
                        Collectors.counting()));
        long failures = counts.getOrDefault(CaseOutcome.FAIL, 0L);
        long errors = counts.getOrDefault(CaseOutcome.ERROR, 0L) + counts.getOrDefault(CaseOutcome.TIMEOUT, 0L);
        long skipped = counts.getOrDefault(CaseOutcome.SKIP, 0L);
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
        Optional<Problem> problem = r.accept(new ProblemOf());
        if (problem.isPresent()) {
            Problem p = problem.get();
            xml.writeStartElement(p.element());
            if (p.type() != null) {
                xml.writeAttribute("type", p.type());
            }
            xml.writeAttribute("message", p.message());
            if (p.body() != null) {
                xml.writeCharacters(p.body());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The child of a testcase that did not pass: skipped, error or failure (type and body may be null). */
    private record Problem(String element, String type, String message, String body) {}

    private static final class ProblemOf implements QueryResult.Visitor<Optional<Problem>> {
        @Override
        public Optional<Problem> eval(EvalResult r) {
            return failedChecks(r);
        }

        @Override
        public Optional<Problem> solve(SolveResult r) {
            return failedChecks(r);
        }

        @Override
        public Optional<Problem> lemma(LemmaResult r) {
            return failedChecks(r);
        }

        @Override
        public Optional<Problem> profile(ProfileResult r) {
            return r.complete() ? failedChecks(r)
                    : Optional.of(new Problem("error", "timeout", r.message(), null));
        }

        @Override
        public Optional<Problem> series(SeriesResult r) {
            for (SeriesResult.Member m : r.members()) {
                Optional<Problem> p = m.result().accept(this);
                if (p.isPresent() && !p.get().element().equals("failure")) {
                    return Optional.of(new Problem(p.get().element(), p.get().type(), m.instance() + ": "
                            + p.get().message(), p.get().body()));
                }
            }
            return failedChecks(r);
        }

        @Override
        public Optional<Problem> failed(FailedResult r) {
            return Optional.of(new Problem("error", r.kind().name().toLowerCase(), r.message(), null));
        }

        @Override
        public Optional<Problem> unsupported(UnsupportedResult r) {
            return Optional.of(new Problem("skipped", null, r.reason(), null));
        }

        private static Optional<Problem> failedChecks(QueryResult r) {
            if (r.passed()) {
                return Optional.empty();
            }
            String failed = r.checks().stream().filter(c -> !c.holds())
                    .map(c -> c.expectation().pos() + ": " + c.describe()).collect(Collectors.joining("\n"));
            return Optional.of(new Problem("failure", null,
                    failed.lines().findFirst().orElse("expectation failed"), failed));
        }
    }
}
