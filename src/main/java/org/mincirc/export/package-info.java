/**
 * A policy as files other tools read, on the state ids of {@code lang.explicit.Layout} (the ids
 * of the DRN and PRISM explicit exports): {@link StormScheduler} writes Storm's scheduler JSON,
 * {@link PrismStrategy} PRISM's strategy file (actions form). {@link Choices} resolves the policy
 * to one choice per state. It depends on {@code model}, {@code exact} and {@code lang.explicit}.
 */
package org.mincirc.export;
