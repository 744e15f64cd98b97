package org.mincirc.model;

import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A weighted task family: positive weights summing to exactly 1, members sharing horizon and
 * discount. The return of a policy on it is sum_i w_i R_{T_i}(pi). Identity is the declaration.
 */
public final class Family implements Target {
    /** One member task with its weight. */
    public record Member(Mdp mdp, BigFraction weight) {}

    private final String name;
    private final List<Member> members;
    private final SourcePos pos;

    public Family(String name, List<Member> members, SourcePos pos) {
        this.name = name;
        this.members = List.copyOf(members);
        this.pos = pos;
    }

    @Override
    public String name() {
        return name;
    }

    public List<Member> members() {
        return members;
    }

    public Optional<Member> member(String mdpName) {
        return members.stream().filter(m -> m.mdp().name().equals(mdpName)).findFirst();
    }

    @Override
    public SourcePos pos() {
        return pos;
    }

    @Override
    public String toString() {
        return "family " + name;
    }
}
