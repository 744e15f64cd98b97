package org.mincirc.solver.cnf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An in-memory {@link ClauseSink} over variables 1..originals plus the auxiliaries an encoding
 * asks for, with a tiny DPLL to decide it under assumptions and plain unit propagation to test
 * arc-consistency. Independent of every solver the project uses, so it can judge them.
 */
final class ClauseList implements ClauseSink {
    final int originals;
    private int vars;
    final List<int[]> clauses = new ArrayList<>();

    ClauseList(int originals) {
        this.originals = originals;
        this.vars = originals;
    }

    @Override
    public int newVar() {
        return ++vars;
    }

    @Override
    public void clause(int... literals) {
        for (int lit : literals) {
            if (lit == 0 || Math.abs(lit) > vars) {
                throw new AssertionError("clause names no variable: " + lit + " (have " + vars + ")");
            }
        }
        clauses.add(literals.clone());
    }

    int variables() {
        return vars;
    }

    int auxiliaries() {
        return vars - originals;
    }

    long literals() {
        long n = 0;
        for (int[] c : clauses) {
            n += c.length;
        }
        return n;
    }

    Solver solver() {
        return new Solver();
    }

    /** One instance per thread: keeps its occurrence lists, resets its assignment per call. */
    final class Solver {
        private final int[][] cs = clauses.toArray(new int[0][]);
        /** occurs[lit index]: clauses containing the literal. */
        private final int[][] occurs;
        private final byte[] value = new byte[vars + 1];
        private final int[] trail = new int[vars + 1];
        private int size;
        private final boolean empty;

        private Solver() {
            int[] count = new int[2 * vars + 2];
            boolean e = false;
            for (int[] c : cs) {
                e |= c.length == 0;
                for (int lit : c) {
                    count[index(lit)]++;
                }
            }
            empty = e;
            occurs = new int[count.length][];
            for (int i = 0; i < count.length; i++) {
                occurs[i] = new int[count[i]];
                count[i] = 0;
            }
            for (int k = 0; k < cs.length; k++) {
                for (int lit : cs[k]) {
                    int i = index(lit);
                    if (count[i] == 0 || occurs[i][count[i] - 1] != k) {
                        occurs[i][count[i]++] = k;
                    }
                }
            }
        }

        private int index(int lit) {
            return lit > 0 ? 2 * lit : -2 * lit + 1;
        }

        private int val(int lit) {
            int v = value[Math.abs(lit)];
            return lit > 0 ? v : -v;
        }

        private boolean assign(int lit) {
            int v = val(lit);
            if (v != 0) {
                return v > 0;
            }
            value[Math.abs(lit)] = (byte) (lit > 0 ? 1 : -1);
            trail[size++] = lit;
            return true;
        }

        private void undo(int mark) {
            while (size > mark) {
                value[Math.abs(trail[--size])] = 0;
            }
        }

        /** Unit clause or conflict check of one clause: false on conflict. */
        private boolean visit(int[] c) {
            int unassigned = 0;
            for (int lit : c) {
                int v = val(lit);
                if (v > 0) {
                    return true;
                }
                if (v == 0 && lit != unassigned) {
                    if (unassigned != 0) {
                        return true;
                    }
                    unassigned = lit;
                }
            }
            return unassigned != 0 && assign(unassigned);
        }

        private boolean propagate(int from) {
            for (int q = from; q < size; q++) {
                for (int k : occurs[index(-trail[q])]) {
                    if (!visit(cs[k])) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Assumptions, every clause once (units), then propagation: false on conflict. */
        private boolean start(int[] assumptions) {
            undo(0);
            if (empty) {
                return false;
            }
            for (int lit : assumptions) {
                if (!assign(lit)) {
                    return false;
                }
            }
            for (int[] c : cs) {
                if (!visit(c)) {
                    return false;
                }
            }
            return propagate(0);
        }

        /** Literals over the original variables that unit propagation derives, or null on conflict. */
        Set<Integer> propagate(int[] assumptions) {
            if (!start(assumptions)) {
                return null;
            }
            Set<Integer> out = new HashSet<>();
            for (int v = 1; v <= originals; v++) {
                if (value[v] != 0) {
                    out.add(value[v] > 0 ? v : -v);
                }
            }
            return out;
        }

        boolean satisfiable(int[] assumptions) {
            return start(assumptions) && search();
        }

        private boolean search() {
            int pick = 0;
            for (int[] c : cs) {
                boolean sat = false;
                int free = 0;
                for (int lit : c) {
                    int v = val(lit);
                    sat |= v > 0;
                    if (v == 0 && free == 0) {
                        free = lit;
                    }
                }
                if (!sat) {
                    if (free == 0) {
                        return false;
                    }
                    pick = free;
                    break;
                }
            }
            if (pick == 0) {
                return true;
            }
            int mark = size;
            for (int lit : new int[] {pick, -pick}) {
                assign(lit);
                if (propagate(mark) && search()) {
                    return true;
                }
                undo(mark);
            }
            return false;
        }
    }
}
