package org.mincirc.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mincirc.circuit.Circuit;
import org.mincirc.circuit.io.CircuitFormats;
import org.mincirc.model.Interface;
import org.mincirc.query.EvalResult;
import org.mincirc.query.FailedResult;
import org.mincirc.query.LemmaResult;
import org.mincirc.query.ProfileResult;
import org.mincirc.query.QueryResult;
import org.mincirc.query.SeriesResult;
import org.mincirc.query.SolveResult;
import org.mincirc.query.SolveStatus;
import org.mincirc.query.UnsupportedResult;

/**
 * The circuit files of one query result ({@code run --out DIR}): every minimal circuit of a
 * solve (numbered, the reported one first), the family-minimal circuit and the deceptive
 * witness of a lemma, each in BLIF, ascii AIGER, Verilog and DOT. Files are named
 * {@code STEM.QUERY.LABEL.EXT} and open with a comment saying what the circuit is and how its
 * output bits encode the actions, so a file found later explains itself.
 */
public final class CircuitFiles {
    /** The formats written for each circuit. */
    public static final List<String> FORMATS = List.of("blif", "aag", "v", "dot");

    /** One file to write: a name (no directory) and its bytes. */
    public record File(String name, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private record Entry(String label, Circuit circuit, String what) {}

    private CircuitFiles() {}

    /** The files for a result; none for results that report no circuit (eval, failures, infeasible). */
    public static List<File> of(QueryResult result, Interface iface, String stem) {
        List<File> files = new ArrayList<>();
        String query = result.query().name();
        for (Entry e : entries(result)) {
            String base = stem + "." + query + "." + e.label();
            List<String> comment = List.of(
                    "from " + result.file() + ", " + result.query().kind() + " " + query + ": " + e.what(),
                    "size " + e.circuit().size() + ", depth " + e.circuit().depth() + "; " + legend(iface, e.circuit()));
            for (String format : FORMATS) {
                String body = CircuitFormats.toText(e.circuit(), format, base.replace('.', '_'));
                files.add(new File(base + "." + format, withComment(format, body, comment)
                        .getBytes(StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    private static List<Entry> entries(QueryResult result) {
        return result.accept(new QueryResult.Visitor<List<Entry>>() {
            @Override
            public List<Entry> eval(EvalResult r) {
                return List.of();
            }

            @Override
            public List<Entry> solve(SolveResult s) {
                return solveEntries(s);
            }

            @Override
            public List<Entry> lemma(LemmaResult l) {
                return lemmaEntries(l);
            }

            @Override
            public List<Entry> profile(ProfileResult l) {
                return List.of();
            }

            @Override
            public List<Entry> series(SeriesResult r) {
                List<Entry> entries = new ArrayList<>();
                for (SeriesResult.Member m : r.members()) {
                    for (Entry e : entries(m.result())) {
                        entries.add(new Entry(m.instance() + "." + e.label(), e.circuit(), m.instance() + ": " + e.what()));
                    }
                }
                return entries;
            }

            @Override
            public List<Entry> failed(FailedResult r) {
                return List.of();
            }

            @Override
            public List<Entry> unsupported(UnsupportedResult r) {
                return List.of();
            }
        });
    }

    private static List<Entry> solveEntries(SolveResult s) {
        List<Entry> entries = new ArrayList<>();
        List<Circuit> circuits = s.minimalCircuits();
        if (s.status() == SolveStatus.OPTIMAL) {
            String of = (s.policiesComplete() ? " of " : " of at least ") + circuits.size();
            for (int i = 0; i < circuits.size(); i++) {
                entries.add(new Entry(Integer.toString(i + 1), circuits.get(i), "minimal policy " + (i + 1) + of
                        + " (" + s.objective().keyword() + " proven minimal" + (i == 0 ? ", the reported circuit)" : ")")));
            }
        } else if (!circuits.isEmpty()) {
            entries.add(new Entry("best", circuits.get(0), "the best circuit found, NOT proven minimal ("
                    + s.status().keyword() + "; lower bound " + s.lowerBound() + ")"));
        }
        return entries;
    }

    private static List<Entry> lemmaEntries(LemmaResult l) {
        List<Entry> entries = new ArrayList<>();
        l.family().circuit().ifPresent(c -> entries.add(new Entry("family", c,
                "a minimal circuit on family " + l.query().family().name() + " (" + l.family().status().keyword() + ")")));
        l.witness().ifPresent(c -> entries.add(new Entry("witness", c, "a minimal circuit on "
                + l.union().name() + " that is " + l.query().predicate().name()
                + (l.defectsAt().isEmpty() ? "" : ", at " + l.defectsAt().entrySet().stream()
                .map(d -> d.getKey().qualifiedName() + " -> " + d.getValue().name())
                .collect(Collectors.joining(", "))))));
        return entries;
    }

    /** Which input is which and how the output bits spell an action. */
    static String legend(Interface iface, Circuit c) {
        String outputs = c.outputNames().size() == 1 ? c.outputNames().get(0) + " is the action code"
                : String.join(" ", c.outputNames()) + " are bits 0.." + (c.outputNames().size() - 1)
                + " of the action code";
        return "inputs " + String.join(" ", c.inputNames()) + "; " + outputs + ": " + iface.actions().stream()
                .map(a -> a.name() + " = " + a.code()).collect(Collectors.joining(", "));
    }

    /** BLIF, Verilog and DOT take the comment on top; AIGER's comment section is the file's tail. */
    private static String withComment(String format, String body, List<String> lines) {
        return switch (format) {
            case "blif" -> lines.stream().map(l -> "# " + l + "\n").collect(Collectors.joining()) + body;
            case "aag" -> body + lines.stream().map(l -> l + "\n").collect(Collectors.joining());
            default -> lines.stream().map(l -> "// " + l + "\n").collect(Collectors.joining()) + body;
        };
    }
}
