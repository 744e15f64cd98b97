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
    /** Position, code and message of every diagnostic reported through a noting view. */
    private final java.util.Set<String> noted;

    Reporter(String file) {
        this(file, new ArrayList<>(), "", new java.util.HashSet<>());
    }

    private Reporter(String file, List<Diagnostic> diagnostics, String note, java.util.Set<String> noted) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.note = note;
        this.noted = noted;
    }

    /**
     * A view that reports into the same list and ends every message with {@code note}: the errors
     * of one instance of a parametrised mdp name the instance, since the position alone is shared.
     * An error that another instance already reported word for word (one that does not depend on
     * the parameters) is reported once, noting the first instance.
     */
    Reporter noting(String note) {
        return new Reporter(file, diagnostics, this.note + note, noted);
    }

    private boolean firstOfItsKind(SourcePos pos, DiagnosticCode code, String message) {
        return note.isEmpty() || noted.add(pos + "|" + code + "|" + message);
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
        if (firstOfItsKind(pos, code, message)) {
            diagnostics.add(new Diagnostic(pos, code, message + note));
        }
    }

    /** A diagnostic made elsewhere (e.g. in the PRISM file of an mdp), kept as it is. */
    void add(Diagnostic d) {
        if (firstOfItsKind(d.pos(), d.code(), d.message())) {
            diagnostics.add(note.isEmpty() ? d : new Diagnostic(d.pos(), d.code(), d.message() + note));
        }
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
