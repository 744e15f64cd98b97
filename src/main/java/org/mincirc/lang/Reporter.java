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
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Reporter(String file) {
        this.file = file;
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
        diagnostics.add(new Diagnostic(pos, code, message));
    }

    /** A diagnostic made elsewhere (e.g. in the PRISM file of an mdp), kept as it is. */
    void add(Diagnostic d) {
        diagnostics.add(d);
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
