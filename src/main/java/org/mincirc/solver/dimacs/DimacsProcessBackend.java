package org.mincirc.solver.dimacs;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mincirc.solver.Outcome;
import org.mincirc.solver.SolverException;
import org.mincirc.solver.cnf.CnfBackend;

/**
 * Keeps the clauses in memory and hands the whole formula (assumptions as unit clauses) to an
 * external solver that follows the SAT competition conventions: exit code 10 with "v" lines for
 * SAT, 20 for UNSAT. Incremental only in the sense of the interface: each solve starts over.
 *
 * <p>The solver writes to a file, not a pipe, so the time limit is the wait for the process,
 * which is killed when it runs over: a solver that ignores its own {@code -t} cannot outlast
 * the limit, and one that fills a pipe nobody reads cannot hang.
 */
public final class DimacsProcessBackend extends CnfBackend {
    /** How long past the limit the solver may take to stop by itself before it is killed. */
    private static final long GRACE_MS = 1000;

    private final String name;
    private final Path executable;
    private final List<int[]> clauses = new ArrayList<>();
    /** The solver process of the running solve, so {@link #interrupt} can end it. */
    private volatile Process running;

    public DimacsProcessBackend(String name, Path executable) {
        this.name = name;
        this.executable = executable;
    }

    @Override
    protected void emit(int[] literals) {
        clauses.add(literals);
    }

    @Override
    protected Outcome solveClauses(int[] assumptions, Duration timeLimit) {
        Path cnf = null;
        Path out = null;
        Process process = null;
        try {
            cnf = Files.createTempFile("mincirc-", ".cnf");
            out = Files.createTempFile("mincirc-", ".out");
            writeCnf(cnf, assumptions);
            List<String> command = new ArrayList<>(List.of(executable.toString(), "-q"));
            if (timeLimit != null) {
                command.add("-t");
                command.add(Long.toString(Math.max(1, (timeLimit.toMillis() + 999) / 1000)));
            }
            command.add(cnf.toString());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            running = process;
            boolean finished;
            if (timeLimit == null) {
                process.waitFor();
                finished = true;
            } else {
                finished = process.waitFor(timeLimit.toMillis() + GRACE_MS, TimeUnit.MILLISECONDS);
            }
            if (!finished) {
                return new Outcome.Unknown(name + " did not stop within the time limit and was killed");
            }
            return answer(process.exitValue(), out);
        } catch (IOException e) {
            throw new SolverException("cannot run " + executable + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Unknown("interrupted");
        } finally {
            running = null;
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            delete(cnf);
            delete(out);
        }
    }

    private void writeCnf(Path cnf, int[] assumptions) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(cnf, StandardCharsets.US_ASCII)) {
            w.write("p cnf " + variables() + " " + (clauses.size() + assumptions.length) + "\n");
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
    }

    private Outcome answer(int code, Path out) throws IOException {
        int variables = variables();
        boolean[] values = new boolean[variables + 1];
        String status = null;
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.US_ASCII)) {
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
        if (code == 10 && "SATISFIABLE".equals(status)) {
            return new Outcome.Sat(var -> values[var]);
        }
        if (code == 20 && "UNSATISFIABLE".equals(status)) {
            return new Outcome.Unsat();
        }
        return new Outcome.Unknown(name + " gave no answer (exit " + code + ")");
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }

    @Override
    public void interrupt() {
        Process p = running;
        if (p != null) {
            p.destroyForcibly();
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
