package org.mincirc.export;

/**
 * PRISM's strategy file in its actions form ({@code prism -exportstrat s.txt:type=actions}):
 * one line {@code i:action} per state id, for the PRISM explicit export of the same mdp; a state
 * the policy leaves out (never reached) has no line, as in PRISM.
 */
public final class PrismStrategy {
    private PrismStrategy() {}

    public static String write(Choices choices) {
        StringBuilder sb = new StringBuilder();
        for (int id = 0; id < choices.states(); id++) {
            if (!choices.defined(id)) {
                continue;
            }
            sb.append(id).append(':').append(choices.action().get(id)).append('\n');
        }
        return sb.toString();
    }
}
