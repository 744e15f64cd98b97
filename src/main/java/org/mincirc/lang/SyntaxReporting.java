package org.mincirc.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.mincirc.lang.antlr.MdpLexer;

/**
 * Turns ANTLR's syntax errors into plain words: "unexpected 'x'; expected ';' or a name"
 * instead of "mismatched input 'x' expecting {...}", and feeds them to the {@link Reporter}.
 */
final class SyntaxReporting {
    private SyntaxReporting() {}

    /** Longer expectation lists say nothing useful; the message then names only the culprit. */
    private static final int MAX_LISTED = 6;

    /** Soft keywords are names too: when a name is expected, they are not listed separately. */
    private static final Set<Integer> SOFT_KEYWORDS = Set.of(
            MdpLexer.INPUTS, MdpLexer.ACTIONS, MdpLexer.HORIZON, MdpLexer.DISCOUNT,
            MdpLexer.TARGET, MdpLexer.REQUIRE, MdpLexer.MINIMIZE, MdpLexer.BASIS, MdpLexer.REPORT,
            MdpLexer.EXPECT, MdpLexer.HOLDS, MdpLexer.FAILS, MdpLexer.BAD, MdpLexer.POLICY,
            MdpLexer.OPTIMAL, MdpLexer.CONST, MdpLexer.OBSERVE, MdpLexer.UNIFORM, MdpLexer.EACH, MdpLexer.PROFILE,
            MdpLexer.UP, MdpLexer.TO, MdpLexer.COUNT, MdpLexer.PLOT);

    private static final Pattern LEXER_ERROR = Pattern.compile("token recognition error at: '(.*)'", Pattern.DOTALL);

    private static final String COMMENT = "comment '/*' is never closed with '*/'";

    /**
     * Since '/' is a token of its own (division), an unclosed block comment reaches the parser as
     * '/' followed by '*' rather than as a lexer error.
     */
    private static boolean unclosedComment(Object symbol) {
        if (!(symbol instanceof Token t) || !"/".equals(t.getText()) || t.getInputStream() == null) {
            return false;
        }
        int next = t.getStopIndex() + 1;
        return next < t.getInputStream().size()
                && "*".equals(t.getInputStream().getText(org.antlr.v4.runtime.misc.Interval.of(next, next)));
    }

    /** Receives both lexer and parser errors. */
    static final class Listener extends BaseErrorListener {
        private final Reporter reporter;

        Listener(Reporter reporter) {
            this.reporter = reporter;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                                int charPositionInLine, String msg, RecognitionException e) {
            String text = recognizer instanceof Lexer ? lexerMessage(msg) : unclosedComment(offendingSymbol) ? COMMENT : msg;
            reporter.error(reporter.at(line, charPositionInLine), DiagnosticCode.SYNTAX, text);
        }

        private static String lexerMessage(String msg) {
            Matcher m = LEXER_ERROR.matcher(msg);
            if (!m.matches()) {
                return msg;
            }
            String bad = m.group(1);
            if (bad.startsWith("/*")) {
                return COMMENT;
            }
            return "unexpected character " + quote(bad.isEmpty() ? "?" : bad.substring(0, 1));
        }
    }

    /** The default recovery of ANTLR, with its messages rewritten. */
    static final class Strategy extends DefaultErrorStrategy {
        @Override
        protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
            Token start = e.getStartToken();
            Token offending = e.getOffendingToken();
            String message = "unexpected " + describe(offending);
            // Several alternatives matched up to here: quote what was read, as context.
            if (start != null && offending != null && start.getType() != Token.EOF
                    && start.getTokenIndex() < offending.getTokenIndex()) {
                Token previous = parser.getInputStream().get(offending.getTokenIndex() - 1);
                String read = start.getInputStream()
                        .getText(Interval.of(start.getStartIndex(), previous.getStopIndex()))
                        .replaceAll("\\s+", " ");
                message += " after " + quote(read.length() > 40 ? "..." + read.substring(read.length() - 40) : read);
            }
            parser.notifyErrorListeners(offending, message, e);
        }

        @Override
        protected void reportInputMismatch(Parser parser, InputMismatchException e) {
            parser.notifyErrorListeners(e.getOffendingToken(),
                    "unexpected " + describe(e.getOffendingToken()) + expecting(e.getExpectedTokens(), parser), e);
        }

        @Override
        protected void reportUnwantedToken(Parser parser) {
            if (inErrorRecoveryMode(parser)) {
                return;
            }
            beginErrorCondition(parser);
            Token t = parser.getCurrentToken();
            parser.notifyErrorListeners(t, "unexpected " + describe(t) + expecting(getExpectedTokens(parser), parser), null);
        }

        @Override
        protected void reportMissingToken(Parser parser) {
            if (inErrorRecoveryMode(parser)) {
                return;
            }
            beginErrorCondition(parser);
            Token t = parser.getCurrentToken();
            String wanted = list(getExpectedTokens(parser), parser.getVocabulary());
            parser.notifyErrorListeners(t, "missing " + (wanted.isEmpty() ? "something" : wanted)
                    + " before " + describe(t), null);
        }
    }

    static String describe(Token t) {
        if (t == null || t.getType() == Token.EOF) {
            return "end of file";
        }
        String text = t.getText();
        if (text.length() > 20) {
            text = text.substring(0, 20) + "...";
        }
        return quote(text);
    }

    private static String expecting(IntervalSet expected, Parser parser) {
        String wanted = list(expected, parser.getVocabulary());
        return wanted.isEmpty() ? "" : "; expected " + wanted;
    }

    private static String list(IntervalSet expected, Vocabulary vocabulary) {
        if (expected == null) {
            return "";
        }
        List<Integer> types = expected.toList();
        boolean nameExpected = types.contains(MdpLexer.ID);
        List<String> words = new ArrayList<>();
        for (int type : types) {
            if (nameExpected && SOFT_KEYWORDS.contains(type)) {
                continue;
            }
            words.add(word(type, vocabulary));
        }
        if (words.isEmpty() || words.size() > MAX_LISTED) {
            return "";
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String word(int type, Vocabulary vocabulary) {
        if (type == Token.EOF) {
            return "end of file";
        }
        if (type == MdpLexer.ID) {
            return "a name";
        }
        if (type == MdpLexer.NUMBER) {
            return "a number";
        }
        String literal = vocabulary.getLiteralName(type);
        return literal != null ? literal : vocabulary.getDisplayName(type);
    }

    private static String quote(String s) {
        return "'" + s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'";
    }
}
