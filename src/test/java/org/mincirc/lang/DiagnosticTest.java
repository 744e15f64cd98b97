package org.mincirc.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mincirc.model.SourcePos;

class DiagnosticTest {
    @Test
    void codesHaveDistinctIdsAndSummaries() {
        DiagnosticCode[] codes = DiagnosticCode.values();
        Set<String> ids = Arrays.stream(codes).map(DiagnosticCode::id).collect(Collectors.toSet());
        Set<String> summaries = Arrays.stream(codes).map(DiagnosticCode::summary).collect(Collectors.toSet());
        assertEquals(codes.length, ids.size(), "duplicate diagnostic ids");
        assertEquals(codes.length, summaries.size(), "duplicate diagnostic summaries");
        for (DiagnosticCode c : codes) {
            assertTrue(c.id().matches("L\\d{3}"), c + " has id " + c.id());
        }
    }

    @Test
    void formatIsFileLineColError() {
        Diagnostic d = new Diagnostic(new SourcePos("a/b.mdp", 7, 12), DiagnosticCode.PROBABILITY_SUM, "sum is 5/6");
        assertEquals("a/b.mdp:7:12: error: sum is 5/6", d.format());
    }

    @Test
    void loadExceptionSortsByPosition() {
        Diagnostic late = new Diagnostic(new SourcePos("f", 3, 1), DiagnosticCode.SYNTAX, "late");
        Diagnostic early = new Diagnostic(new SourcePos("f", 1, 9), DiagnosticCode.SYNTAX, "early");
        Diagnostic middle = new Diagnostic(new SourcePos("f", 3, 0), DiagnosticCode.SYNTAX, "middle");
        LoadException e = new LoadException(List.of(late, early, middle));
        assertEquals(List.of(early, middle, late), e.diagnostics());
        assertEquals("f:1:9: error: early\nf:3:0: error: middle\nf:3:1: error: late", e.getMessage());
        assertEquals(0, e.getStackTrace().length, "user errors carry no stack trace");
    }

    @Test
    void unreadableFileGivesOneDiagnosticAtLineOneColumnOne() {
        Path missing = Path.of("no/such/dir/missing.mdp");
        LoadException e = assertThrows(LoadException.class, () -> Loader.load(missing));
        assertEquals(1, e.diagnostics().size());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(new SourcePos(missing.toString(), 1, 1), d.pos());
        assertEquals(DiagnosticCode.CANNOT_READ, d.code());
        assertEquals("cannot read file: no such file", d.message());
    }

    @Test
    void syntaxErrorsStopBeforeSemanticChecks() {
        // The unknown action would be a semantic error; only the syntax error is reported.
        LoadException e = assertThrows(LoadException.class, () -> Loader.parse("s.mdp",
                "interface { inputs x0; actions a; }\nmdp T { horizon 1; state s0 code 0 init 1 { zz -> reward 1 } }"));
        assertEquals(1, e.diagnostics().size());
        assertEquals(DiagnosticCode.SYNTAX, e.diagnostics().get(0).code());
        assertEquals("s.mdp:2:60: error: missing ';' before '}'", e.diagnostics().get(0).format());
    }
}
