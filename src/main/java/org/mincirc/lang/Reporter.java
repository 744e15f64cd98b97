package org.mincirc.lang;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.mincirc.model.SourcePos;

/** Collects diagnostics of one file and turns ANTLR positions into 1-based SourcePos. */
final class Reporter {
    private final String file;
    private final List<Diagnostic> diagnostics;
    /** Appended to every message, e.g. " (in instance Grid_N3)"; empty for the file itself. */
    private final String note;

    Reporter(String file) {
        this(file, new ArrayList<>(), "");
    }

    private Reporter(String file, List<Diagnostic> diagnostics, String note) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.note = note;
    }

    /**
     * A view that reports into the same list and ends every message with {@code note}: the errors
     * of one instance of a parametrised mdp name the instance, since the position alone is shared.
     */
    Reporter noting(String note) {
        return new Reporter(file, diagnostics, this.note + note);
    }

    String file() {
        return file;
    }

    SourcePos at(int line, int charPositionInLine) {
        return new SourcePos(file, line, charPositionInLine + 1);
    }

    SourcePos at(Token token) {
        return at(token.getLine(), token.getCharPositionInLine());
    }

    SourcePos at(ParserRuleContext ctx) {
        return at(ctx.getStart());
    }

    SourcePos at(TerminalNode node) {
        return at(node.getSymbol());
    }

    void error(SourcePos pos, DiagnosticCode code, String message) {
        diagnostics.add(new Diagnostic(pos, code, message + note));
    }

    /** A diagnostic made elsewhere (e.g. in the PRISM file of an mdp), kept as it is. */
    void add(Diagnostic d) {
        diagnostics.add(note.isEmpty() ? d : new Diagnostic(d.pos(), d.code(), d.message() + note));
    }

    boolean hasErrors() {
        return !diagnostics.isEmpty();
    }

    int count() {
        return diagnostics.size();
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** "line:col" of a position, to point at a first declaration in a message. */
    static String where(SourcePos pos) {
        return pos.line() + ":" + pos.column();
    }
}
