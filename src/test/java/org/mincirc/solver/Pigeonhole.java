package org.mincirc.solver;

/** Hard unsatisfiable formulas for time-limit tests: n pigeons in n - 1 holes. */
public final class Pigeonhole {
    private Pigeonhole() {}

    /** Adds the formula to b; for n = 11 it is far beyond 50 ms for resolution-based solvers. */
    public static void add(Backend b, int n) {
        int[][] p = new int[n][n - 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n - 1; j++) {
                p[i][j] = b.newVar();
            }
            b.addClause(p[i]);
        }
        for (int j = 0; j < n - 1; j++) {
            for (int i = 0; i < n; i++) {
                for (int k = i + 1; k < n; k++) {
                    b.addClause(-p[i][j], -p[k][j]);
                }
            }
        }
    }
}
