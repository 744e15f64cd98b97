package org.mincirc.solver.dimacs;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mincirc.solver.Backend;
import org.mincirc.solver.Comparison;
import org.mincirc.solver.LiteralChecks;
import org.mincirc.solver.Outcome;
import org.mincirc.solver.SolverException;

/**
 * Keeps the clauses in memory and hands the whole formula (assumptions as unit clauses) to an
 * external solver that follows the SAT competition conventions: exit code 10 with "v" lines for
 * SAT, 20 for UNSAT. Incremental only in the sense of the interface: each solve starts over.
 */
public final class DimacsProcessBackend implements Backend {
    private final String name;
    private final String executable;
    private final List<int[]> clauses = new ArrayList<>();
    private int variables;
    private int constraints;

    public DimacsProcessBackend(String name, String executable) {
        this.name = name;
        this.executable = executable;
    }

    @Override
    public int newVar() {
        return ++variables;
    }

    @Override
    public int variables() {
        return variables;
    }

    @Override
    public int constraints() {
        return constraints;
    }

    @Override
    public void addClause(int... literals) {
        LiteralChecks.literals(literals, variables);
        constraints++;
        clauses.add(literals.clone());
    }

    /** Sinz's sequential counter (CP 2005) for at-most; at-least is at-most on the negations. */
    @Override
    public void addCardinality(int[] literals, Comparison comparison, int bound) {
        LiteralChecks.literals(literals, variables);
        constraints++;
        switch (comparison) {
            case AT_MOST -> atMost(literals, bound);
            case AT_LEAST -> atMost(negate(literals), literals.length - bound);
            case EXACTLY -> {
                atMost(literals, bound);
                atMost(negate(literals), literals.length - bound);
            }
        }
    }

    private static int[] negate(int[] literals) {
        int[] neg = new int[literals.length];
        for (int i = 0; i < literals.length; i++) {
            neg[i] = -literals[i];
        }
        return neg;
    }

    private void atMost(int[] x, int k) {
        int n = x.length;
        if (k < 0) {
            clauses.add(new int[0]);
            return;
        }
        if (k >= n) {
            return;
        }
        if (k == 0) {
            for (int lit : x) {
                clauses.add(new int[] {-lit});
            }
            return;
        }
        // s[i][j]: at least j+1 of x[0..i] are true.
        int[][] s = new int[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                s[i][j] = newVar();
            }
        }
        clauses.add(new int[] {-x[0], s[0][0]});
        for (int j = 1; j < k; j++) {
            clauses.add(new int[] {-s[0][j]});
        }
        for (int i = 1; i < n; i++) {
            clauses.add(new int[] {-x[i], s[i][0]});
            clauses.add(new int[] {-s[i - 1][0], s[i][0]});
            for (int j = 1; j < k; j++) {
                clauses.add(new int[] {-x[i], -s[i - 1][j - 1], s[i][j]});
                clauses.add(new int[] {-s[i - 1][j], s[i][j]});
            }
            clauses.add(new int[] {-x[i], -s[i - 1][k - 1]});
        }
    }

    @Override
    public boolean supportsPseudoBoolean() {
        return false;
    }

    @Override
    public void addPseudoBoolean(int[] literals, List<BigInteger> coefficients, Comparison comparison,
                                 BigInteger bound) {
        throw new UnsupportedOperationException(name + " takes no pseudo-Boolean constraints");
    }

    @Override
    public Outcome solve(int[] assumptions, Duration timeLimit) {
        LiteralChecks.literals(assumptions, variables);
        Path cnf = null;
        Process process = null;
        try {
            cnf = Files.createTempFile("mincirc-", ".cnf");
            try (BufferedWriter w = Files.newBufferedWriter(cnf, StandardCharsets.US_ASCII)) {
                w.write("p cnf " + variables + " " + (clauses.size() + assumptions.length) + "\n");
                StringBuilder line = new StringBuilder();
                for (int[] clause : clauses) {
                    line.setLength(0);
                    for (int lit : clause) {
                        line.append(lit).append(' ');
                    }
                    w.write(line.append("0\n").toString());
                }
                for (int lit : assumptions) {
                    w.write(lit + " 0\n");
                }
            }
            List<String> command = new ArrayList<>(List.of(executable, "-q"));
            if (timeLimit != null) {
                command.add("-t");
                command.add(Long.toString(Math.max(1, (timeLimit.toMillis() + 999) / 1000)));
            }
            command.add(cnf.toString());
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            boolean[] values = new boolean[variables + 1];
            String status = null;
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
                String l;
                while ((l = r.readLine()) != null) {
                    if (l.startsWith("s ")) {
                        status = l.substring(2).trim();
                    } else if (l.startsWith("v ")) {
                        for (String tok : l.substring(2).trim().split("\\s+")) {
                            int lit = Integer.parseInt(tok);
                            if (lit > 0 && lit <= variables) {
                                values[lit] = true;
                            }
                        }
                    }
                }
            }
            boolean finished = timeLimit == null
                    ? process.waitFor() >= 0
                    : process.waitFor(timeLimit.toMillis() + 5000, TimeUnit.MILLISECONDS);
            if (!finished) {
                return new Outcome.Unknown(name + " did not stop in time");
            }
            int code = process.exitValue();
            if (code == 10 && "SATISFIABLE".equals(status)) {
                return new Outcome.Sat(var -> values[var]);
            }
            if (code == 20 && "UNSATISFIABLE".equals(status)) {
                return new Outcome.Unsat();
            }
            return new Outcome.Unknown(name + " gave no answer (exit " + code + ")");
        } catch (IOException e) {
            throw new SolverException("cannot run " + executable + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Unknown("interrupted");
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            if (cnf != null) {
                try {
                    Files.deleteIfExists(cnf);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        clauses.clear();
    }
}
