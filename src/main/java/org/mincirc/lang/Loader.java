package org.mincirc.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.mincirc.lang.antlr.MdpLexer;
import org.mincirc.lang.antlr.MdpParser;
import org.mincirc.model.Document;
import org.mincirc.model.SourcePos;

/**
 * Reads a {@code .mdp} file into a checked {@link Document}. Syntax errors stop the load before
 * any semantic check (names in a broken parse tree would only produce noise); semantic errors
 * are all collected and reported together.
 */
public final class Loader {
    private Loader() {}

    /** Loads a file; an unreadable file gives one diagnostic at 1:1. */
    public static Document load(Path file) throws LoadException {
        return load(file, null);
    }

    /**
     * Loads a file, telling {@code prismProgress} (may be null) how many states of a PRISM model
     * have been explored, every 100,000 states, so large expansions can show progress.
     */
    public static Document load(Path file, java.util.function.IntConsumer prismProgress) throws LoadException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e instanceof java.nio.charset.CharacterCodingException) {
                reason = "it is not valid UTF-8 text";
            } else if (e instanceof java.nio.file.NoSuchFileException) {
                reason = "no such file";
            }
            throw new LoadException(List.of(new Diagnostic(new SourcePos(file.toString(), 1, 1),
                    DiagnosticCode.CANNOT_READ, "cannot read file: " + reason)));
        }
        // Some editors start UTF-8 files with a byte-order mark; it is not part of the text.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(file.toString(), text, prismProgress);
    }

    /** Parses text as if read from {@code fileName} (used in every diagnostic and in Document.file()). */
    public static Document parse(String fileName, String text) throws LoadException {
        return parse(fileName, text, null);
    }

    private static Document parse(String fileName, String text, java.util.function.IntConsumer prismProgress)
            throws LoadException {
        Reporter reporter = new Reporter(fileName);
        Document document = null;
        try {
            MdpParser.FileContext tree = syntaxTree(fileName, text, reporter);
            if (!reporter.hasErrors()) {
                document = new DocumentBuilder(reporter, tree, prismProgress).build();
            }
        } catch (StackOverflowError e) {
            reporter.error(new SourcePos(fileName, 1, 1), DiagnosticCode.TOO_DEEP,
                    "expressions are nested too deeply to read; split them into named predicates or signals");
        } catch (RuntimeException e) {
            // A bug of ours must still not escape as a stack trace; the code marks it as internal.
            reporter.error(new SourcePos(fileName, 1, 1), DiagnosticCode.INTERNAL,
                    "internal error while loading (please report): " + e);
        }
        if (reporter.hasErrors() || document == null) {
            throw new LoadException(reporter.diagnostics());
        }
        return document;
    }

    private static MdpParser.FileContext syntaxTree(String fileName, String text, Reporter reporter) {
        SyntaxReporting.Listener listener = new SyntaxReporting.Listener(reporter);
        MdpLexer lexer = new MdpLexer(CharStreams.fromString(text, fileName));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        MdpParser parser = new MdpParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        parser.setErrorHandler(new SyntaxReporting.Strategy());
        return parser.file();
    }
}
