package org.mincirc.query;

import org.mincirc.synth.policy.PolicyHooks;

/**
 * How a policy query's search learned (issue 9: the effect of cuts made visible).
 *
 * @param candidatesRejected candidate policies the exact check rejected, each with a blocking
 *     clause
 * @param cuts those rejections whose clause blocks a family proven to fail by an exact bound,
 *     over a set of codes shrunk greedily (the rest blocked every code the policy reaches)
 */
public record SearchCounts(int candidatesRejected, int cuts) {
    public static final SearchCounts NONE = new SearchCounts(0, 0);

    static SearchCounts of(PolicyHooks hooks) {
        return hooks == null ? NONE : new SearchCounts(hooks.candidatesRejected(), hooks.cuts());
    }
}
