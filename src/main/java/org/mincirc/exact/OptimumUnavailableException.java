package org.mincirc.exact;

/**
 * The optimal return cannot be given: no policy the interface can express is valid on the
 * target (some code's states share no action), or the exact search would exceed its limit.
 * Unchecked, so that {@link OptimalReturn#of} keeps its plain signature; callers that report to
 * users should catch it and print {@link #getMessage()}.
 */
public final class OptimumUnavailableException extends RuntimeException {
    /** Why there is no optimum. */
    public enum Reason {
        NO_VALID_POLICY, SEARCH_LIMIT
    }

    private final Reason reason;

    public OptimumUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
