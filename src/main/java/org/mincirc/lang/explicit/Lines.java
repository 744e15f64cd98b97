package org.mincirc.lang.explicit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.mincirc.lang.Diagnostic;
import org.mincirc.lang.DiagnosticCode;
import org.mincirc.model.Rationals;
import org.mincirc.model.SourcePos;

/**
 * One explicit file as numbered lines of words with their columns, skipping blank lines and
 * comment lines ({@code #...}, as PRISM does); every failure names {@code file:line:col}.
 */
final class Lines {
    /** A word and the column (from 1) it starts at. */
    record Word(String text, int col) {}

    /** A non-blank, non-comment line: its number (from 1), its words and its text. */
    record Line(int number, List<Word> words, String text) {
        Word word(int k) {
            return words.get(k);
        }

        int size() {
            return words.size();
        }
    }

    /** Stops reading with one diagnostic. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Diagnostic diagnostic;

        Failure(Diagnostic d) {
            super(d.message(), null, false, false);
            this.diagnostic = d;
        }
    }

    private final Path file;
    private final List<Line> lines;
    private final List<String> comments;
    private final int lastLine;

    private Lines(Path file, List<Line> lines, List<String> comments, int lastLine) {
        this.file = file;
        this.lines = lines;
        this.comments = comments;
        this.lastLine = lastLine;
    }

    /** The file's lines, or empty when it does not exist. */
    static Optional<Lines> readIfPresent(Path file) throws IOException {
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        List<Line> lines = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        boolean leading = true;
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i);
            String trimmed = text.trim();
            if (trimmed.startsWith("#")) {
                if (leading) {
                    comments.add(trimmed);
                }
                continue;
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            leading = false;
            List<Word> words = new ArrayList<>();
            int k = 0;
            while (k < text.length()) {
                if (Character.isWhitespace(text.charAt(k))) {
                    k++;
                    continue;
                }
                int start = k;
                while (k < text.length() && !Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                words.add(new Word(text.substring(start, k), start + 1));
            }
            lines.add(new Line(i + 1, words, text));
        }
        return Optional.of(new Lines(file, lines, comments, Math.max(1, raw.size())));
    }

    Path file() {
        return file;
    }

    List<Line> lines() {
        return lines;
    }

    /** The comment lines before the first line of data (PRISM's headers). */
    List<String> leadingComments() {
        return comments;
    }

    SourcePos at(int line, int col) {
        return new SourcePos(file.toString(), line, col);
    }

    Failure fail(int line, int col, DiagnosticCode code, String message) {
        return new Failure(new Diagnostic(at(line, col), code, message));
    }

    Failure fail(Line line, int word, String message) {
        int col = word < line.size() ? line.word(word).col() : line.text().length() + 1;
        return fail(line.number(), col, DiagnosticCode.EXPLICIT_FORMAT, message);
    }

    /** A failure after the last line (something missing at the end). */
    Failure failAtEnd(DiagnosticCode code, String message) {
        return fail(lastLine, 1, code, message);
    }

    /** The first data line, which must exist. */
    Line first(String what) {
        if (lines.isEmpty()) {
            throw failAtEnd(DiagnosticCode.EXPLICIT_FORMAT, file.getFileName() + " is empty; it should start with " + what);
        }
        return lines.get(0);
    }

    int whole(Line line, int word, String what) {
        if (word >= line.size()) {
            throw fail(line, word, "expected " + what + " here");
        }
        try {
            int v = Integer.parseInt(line.word(word).text());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw fail(line, word, "expected " + what + " (a whole number) here, not '" + line.word(word).text() + "'");
        }
    }

    /** A state id below {@code states}. */
    int state(Line line, int word, int states, String what) {
        int id = whole(line, word, what);
        if (id >= states) {
            throw fail(line, word, what + " " + id + " does not exist; the file has " + states + " states (ids 0 to "
                    + (states - 1) + ")");
        }
        return id;
    }

    BigFraction number(Line line, int word, String what) {
        if (word >= line.size()) {
            throw fail(line, word, "expected " + what + " here");
        }
        String text = line.word(word).text();
        try {
            return Rationals.parse(text);
        } catch (RuntimeException e) {
            throw fail(line, word, "cannot read the " + what + " '" + text + "' exactly; write a decimal such as 0.25 or a "
                    + "fraction such as 1/3");
        }
    }

    void wordCount(Line line, int min, int max, String form) {
        if (line.size() < min || line.size() > max) {
            throw fail(line, Math.min(line.size(), max), "expected '" + form + "' (" + (min == max ? min : min + " or " + max)
                    + " words), not " + line.size() + " words");
        }
    }
}
