package org.mincirc.circuit.io;

/**
 * A circuit file that cannot be read: says where (source and line when known) and what to fix.
 * Rendered in the {@code file:line: message} form that editors jump to.
 */
public final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String detail;

    /** A problem at a 1-based line; {@code line <= 0} means the line is unknown. */
    public FormatException(int line, String detail) {
        this(null, line, detail);
    }

    private FormatException(String source, int line, String detail) {
        super(render(source, line, detail));
        this.source = source;
        this.line = line;
        this.detail = detail;
    }

    /** The same problem, attributed to a file or other named source. */
    public FormatException withSource(String newSource) {
        return new FormatException(newSource, line, detail);
    }

    /** The 1-based line, or 0 when unknown (e.g. inside the binary part of an .aig file). */
    public int line() {
        return line;
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** The file name, or null when the text did not come from a file. */
    public String source() {
        return source;
    }

    /** The message without source and line. */
    public String detail() {
        return detail;
    }

    private static String render(String source, int line, String detail) {
        if (source == null) {
            return line > 0 ? "line " + line + ": " + detail : detail;
        }
        return source + (line > 0 ? ":" + line : "") + ": " + detail;
    }
}
