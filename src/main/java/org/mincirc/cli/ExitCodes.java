package org.mincirc.cli;

/** The documented exit codes (README). */
public final class ExitCodes {
    /** Everything ran and every expectation held. */
    public static final int OK = 0;
    /** An expectation did not hold (or a query could not be checked). */
    public static final int EXPECTATION_FAILED = 1;
    /** Bad input: a malformed file or command line. */
    public static final int BAD_INPUT = 2;
    /** An internal error or a time limit. */
    public static final int INTERNAL_OR_TIMEOUT = 3;

    private ExitCodes() {}
}
