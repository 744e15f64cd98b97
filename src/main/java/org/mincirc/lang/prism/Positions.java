package org.mincirc.lang.prism;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.mincirc.model.SourcePos;

/** 1-based positions in one PRISM file, as printed in {@code file:line:col}. */
final class Positions {
    private final String file;

    Positions(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    SourcePos at(Token t) {
        return new SourcePos(file, t.getLine(), t.getCharPositionInLine() + 1);
    }

    SourcePos at(ParserRuleContext ctx) {
        return at(ctx.getStart());
    }

    SourcePos at(TerminalNode node) {
        return at(node.getSymbol());
    }
}
