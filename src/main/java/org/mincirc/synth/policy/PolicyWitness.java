package org.mincirc.synth.policy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mincirc.model.Basis;
import org.mincirc.circuit.Circuit;
import org.mincirc.solver.Backend;
import org.mincirc.solver.BackendFactory;
import org.mincirc.solver.Model;
import org.mincirc.synth.Encoding;
import org.mincirc.synth.QuestionLoop;
import org.mincirc.synth.ShannonConstruction;
import org.mincirc.synth.Spec;
import org.mincirc.synth.SynthesisHooks;

/**
 * Asks, before any circuit is sized, whether some policy meets the demands at all: a formula
 * over the output bits at the care codes alone (a lookup table, no gates), with the same hooks
 * and the same exact judge. No policy means the query is infeasible at every size; a policy
 * found gives a circuit for it (Shannon construction), an upper bound on the minimum that lets
 * the iterative deepening stop instead of climbing to its size limit.
 */
public final class PolicyWitness {
    /** How the question ended: a witness circuit, none (proven), or undecided in time. */
    public record Answer(Optional<Circuit> witness, boolean decided) {
        public boolean infeasible() {
            return decided && witness.isEmpty();
        }
    }

    private PolicyWitness() {}

    /**
     * @param careCodes the codes the policy is judged on: a code where every action is allowed is
     *     no care row of the spec, yet the hooks still speak of the action chosen there
     */
    public static Answer find(Spec spec, int[] careCodes, SynthesisHooks hooks, Basis basis, String backendName,
                              Duration timeout) {
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        try (Backend backend = BackendFactory.create(backendName)) {
            Table table = new Table(spec, careCodes, backend, basis);
            for (int row : spec.careRows()) {
                table.allowOnly(row);
            }
            SynthesisHooks.Judge judge = hooks.attach(table);
            QuestionLoop.Answer answer = new QuestionLoop(table, judge, deadline, new QuestionLoop.Counts()).next();
            if (answer instanceof QuestionLoop.Answer.Found found) {
                return new Answer(Optional.of(found.circuit()), true);
            }
            return new Answer(Optional.empty(), answer instanceof QuestionLoop.Answer.Impossible);
        }
    }

    /** One free variable per output bit and row: the policy as a lookup table. */
    private static final class Table implements Encoding {
        private final Spec spec;
        private final int[] rows;
        private final Backend backend;
        private final Basis basis;
        private final Map<Long, Integer> bits = new HashMap<>();
        private final int trueVar;

        Table(Spec spec, int[] careCodes, Backend backend, Basis basis) {
            this.basis = basis;
            this.spec = spec;
            this.rows = java.util.stream.IntStream.concat(java.util.Arrays.stream(spec.careRows()),
                    java.util.Arrays.stream(careCodes)).distinct().sorted().toArray();
            this.backend = backend;
            this.trueVar = backend.newVar();
            backend.addClause(trueVar);
            // Every bit exists before the first solve, so each model gives it a value.
            for (int row : rows) {
                for (int h = 0; h < spec.outputs(); h++) {
                    outputLit(row, h);
                }
            }
        }

        /** The output bits at a care row must spell one of its allowed codes. */
        void allowOnly(int row) {
            int m = spec.outputs();
            for (int code = 0; code < 1 << m; code++) {
                if (!spec.allows(row, code)) {
                    int[] clause = new int[m];
                    for (int h = 0; h < m; h++) {
                        int y = outputLit(row, h);
                        clause[h] = (code >>> h & 1) == 1 ? -y : y;
                    }
                    backend.addClause(clause);
                }
            }
        }

        @Override
        public String name() {
            return "table";
        }

        /** A circuit (Shannon construction) for the policy the model chooses. */
        @Override
        public Circuit decode(Model model) {
            return ShannonConstruction.build(chosen(model), basis);
        }

        /** Every care row is constrained from the start: a table has no rows to add. */
        @Override
        public boolean hasRow(int row) {
            return true;
        }

        @Override
        public void addRow(int row) {
            throw new IllegalStateException("a lookup table has every care row already");
        }

        @Override
        public int rowCount() {
            return rows.length;
        }

        /** The functional spec of the policy in a model: one code per care row. */
        Spec chosen(Model model) {
            Spec.Builder builder = Spec.builder(spec.inputs(), spec.outputs());
            for (int row : rows) {
                int code = 0;
                for (int h = 0; h < spec.outputs(); h++) {
                    if (model.value(outputLit(row, h))) {
                        code |= 1 << h;
                    }
                }
                builder.allow(row, code);
            }
            return builder.build();
        }

        @Override
        public Spec spec() {
            return spec;
        }

        @Override
        public int gates() {
            return 0;
        }

        @Override
        public int outputLit(int row, int h) {
            return bits.computeIfAbsent(((long) row << 8) | h, k -> backend.newVar());
        }

        @Override
        public int trueLit() {
            return trueVar;
        }

        @Override
        public Backend backend() {
            return backend;
        }
    }
}
