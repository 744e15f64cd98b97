package org.mincirc.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mincirc.model.Basis;
import org.mincirc.circuit.TruthTable;
import org.mincirc.report.SynthReport;
import org.mincirc.solver.SolverException;
import org.mincirc.model.Objective;
import org.mincirc.synth.ProgressListener;
import org.mincirc.synth.Spec;
import org.mincirc.synth.SynthesisParams;
import org.mincirc.synth.SynthesisResult;
import org.mincirc.synth.SynthesisStatus;
import org.mincirc.synth.Synthesizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code mincirc synth}: a provably minimal circuit for truth tables given in hex. Exit codes:
 * 0 answered (optimal, or proven infeasible under the depth bound), 2 bad input, 3 internal error
 * or time limit reached.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Find a provably minimal circuit of two-input gates for hex truth tables.")
public final class SynthCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int BAD_INPUT = 2;
    static final int FAILED = 3;
    static final int MAX_INPUTS = 16;

    @CommandLine.Spec
    CommandSpec commandSpec;

    @Option(names = "--tt", paramLabel = "HEX",
            description = "Truth table of one output in hex (bit r = value on row r, input 0 the least "
                    + "significant bit of r); repeat for several outputs, output 0 first.")
    List<String> tables = new ArrayList<>();

    @Option(names = "--inputs", paramLabel = "N", required = true, description = "Number of inputs (1..16).")
    int inputs;

    @Option(names = "--basis", paramLabel = "b2|aig|xag", defaultValue = "b2", description = "Gate basis (default b2).")
    String basis;

    @Option(names = "--minimize", paramLabel = "OBJ", defaultValue = "size",
            description = "size, depth, size-then-depth, depth-then-size, or a weighted sum such as size+depth or"
                    + " 2size+3depth (default size).")
    String objective;

    @Option(names = "--depth-bound", paramLabel = "D", description = "Only circuits of depth at most D.")
    Integer depthBound;

    @Option(names = "--timeout", paramLabel = "S", description = "Time limit in seconds (per function).")
    Double timeoutSeconds;

    @Option(names = {"--solver", "--backend"}, paramLabel = "NAME", defaultValue = "default",
            description = BackendChoice.HELP)
    String solver;

    @Option(names = "--json", description = "Print one JSON object (per function).")
    boolean json;

    @Option(names = "--no-progress", description = "Do not print one line per question on stderr.")
    boolean noProgress;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Also write the circuit to FILE; the extension picks the format: .blif, .aag, .aig "
                    + "(binary AIGER), .v (Verilog), .dot or .svg (a picture, drawn by Graphviz). Not with --batch.")
    Path outFile;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "With --batch: functions synthesized in parallel (default 1); output stays in input order.")
    int jobs;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "auto",
            description = "auto (default: the driver picks per size), ssv (one formula per size) or fence "
                    + "(one formula per fence of each size, solved in parallel).")
    String encoding;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads one function may use for its fences (default: the cores here, divided by --jobs).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "FILE",
            description = "Read one hex truth table per line ('-' for stdin; blank lines and # comments skipped).")
    String batch;

    @Override
    public Integer call() {
        PrintWriter out = commandSpec.commandLine().getOut();
        PrintWriter err = commandSpec.commandLine().getErr();
        SynthesisParams params;
        List<Spec> specs;
        CircuitOut target = null;
        try {
            params = params();
            specs = specs();
            if (outFile != null) {
                if (batch != null) {
                    // One file per run: a batch would overwrite it line after line.
                    throw new BadInput("--out writes one circuit and cannot be combined with --batch; "
                            + "run synth once per function, or use --json to keep the batch's circuits");
                }
                target = CircuitOut.of(outFile);
            }
        } catch (BadInput e) {
            err.println("mincirc synth: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        int exit = OK;
        try {
            Synthesizer synthesizer = new Synthesizer(params);
            List<java.util.concurrent.Future<SynthesisResult>> results = new ArrayList<>();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(jobs);
            try {
                for (int i = 0; i < specs.size(); i++) {
                    Spec spec = specs.get(i);
                    // With several functions in flight, each progress line says which one it is about.
                    String label = jobs > 1 ? "[" + (i + 1) + "] " : "";
                    ProgressListener progress = noProgress ? ProgressListener.NONE : a -> {
                        synchronized (err) {
                            err.println(label + a.describe());
                            err.flush();
                        }
                    };
                    results.add(pool.submit(() -> synthesizer.synthesize(spec, org.mincirc.synth.SynthesisHooks.NONE,
                            progress)));
                }
                for (int i = 0; i < specs.size(); i++) {
                    SynthesisResult r = await(results.get(i));
                    if (json) {
                        out.println(SynthReport.jsonLine(r, params.backend()));
                    } else if (batch != null) {
                        out.println(batchLine(specs.get(i), r));
                    } else {
                        out.print(SynthReport.text(r));
                    }
                    out.flush();
                    if (r.status() == SynthesisStatus.UNKNOWN) {
                        exit = FAILED;
                    }
                    if (target != null && !writeCircuit(target, r, err)) {
                        return BAD_INPUT;
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        } catch (IllegalStateException | SolverException e) {
            err.println("mincirc synth: internal error: " + e.getMessage());
            err.flush();
            return FAILED;
        }
        return exit;
    }

    /** The result of one function; what it threw is rethrown as itself. */
    private static SynthesisResult await(java.util.concurrent.Future<SynthesisResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Writes the reported circuit, saying on stderr when it is not a proven minimum; false if the write failed. */
    private static boolean writeCircuit(CircuitOut target, SynthesisResult r, PrintWriter err) {
        if (r.circuit().isEmpty()) {
            err.println("mincirc synth: no circuit to write to " + target.file() + " (" + r.status().keyword() + ")");
            err.flush();
            return true;
        }
        try {
            target.write(r.circuit().get());
        } catch (IOException | RuntimeException e) {
            err.println("mincirc synth: cannot write " + target.file() + ": " + e.getMessage());
            err.flush();
            return false;
        }
        if (r.status() != SynthesisStatus.OPTIMAL) {
            err.println("mincirc synth: wrote the best circuit found to " + target.file() + "; it is not proven minimal");
            err.flush();
        }
        return true;
    }

    private static String batchLine(Spec spec, SynthesisResult r) {
        return String.format(Locale.ROOT, "%s size=%s depth=%s lowerBound=%d %.3fs", r.status().keyword(),
                r.circuit().map(c -> Integer.toString(c.size())).orElse("-"),
                r.circuit().map(c -> Integer.toString(c.depth())).orElse("-"), r.lowerBound(), r.stats().seconds());
    }

    /** Thrown for anything the user typed wrong; the message is the one line shown. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    private SynthesisParams params() throws BadInput {
        SynthesisParams p = SynthesisParams.defaults();
        try {
            p = p.withBasis(Basis.ofKeyword(basis));
        } catch (IllegalArgumentException e) {
            throw new BadInput("unknown basis '" + basis + "' (b2, aig or xag)");
        }
        try {
            p = p.withObjective(Objective.ofOptionName(objective));
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
        if (depthBound != null) {
            if (depthBound < 0) {
                throw new BadInput("--depth-bound must be >= 0");
            }
            p = p.withDepthBound(depthBound);
        }
        if (timeoutSeconds != null) {
            if (!(timeoutSeconds > 0) || timeoutSeconds > 1e7) {
                throw new BadInput("--timeout must be a positive number of seconds");
            }
            p = p.withTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
        }
        try {
            p = p.withEncoding(org.mincirc.synth.EncodingChoice.parse(encoding));
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new BadInput("--threads takes a whole number from 1 to 256, not " + threads);
        }
        // Functions in parallel share the cores: each gets its part unless told otherwise.
        p = p.withThreads(threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / Math.max(1, jobs)));
        java.util.Optional<String> problem = BackendChoice.problem(solver, org.mincirc.solver.Workload.CIRCUIT);
        if (problem.isPresent()) {
            throw new BadInput(problem.get());
        }
        return p.withBackend(BackendChoice.normalize(solver, org.mincirc.solver.Workload.CIRCUIT));
    }

    private List<Spec> specs() throws BadInput {
        if (jobs < 1 || jobs > 256) {
            throw new BadInput("--jobs takes a whole number from 1 to 256, not " + jobs);
        }
        if (inputs < 1 || inputs > MAX_INPUTS) {
            throw new BadInput("--inputs must be between 1 and " + MAX_INPUTS + ", not " + inputs);
        }
        if (batch != null) {
            if (!tables.isEmpty()) {
                throw new BadInput("give either --tt or --batch, not both");
            }
            List<Spec> specs = new ArrayList<>();
            int lineNo = 0;
            for (String line : readBatch()) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                try {
                    specs.add(Spec.ofTruthTables(List.of(parseTable(t))));
                } catch (BadInput e) {
                    throw new BadInput(batch + ":" + lineNo + ": " + e.getMessage());
                }
            }
            return specs;
        }
        if (tables.isEmpty()) {
            throw new BadInput("give at least one --tt HEX (or --batch FILE)");
        }
        List<TruthTable> parsed = new ArrayList<>();
        for (String t : tables) {
            parsed.add(parseTable(t));
        }
        return List.of(Spec.ofTruthTables(parsed));
    }

    private List<String> readBatch() throws BadInput {
        try {
            if (batch.equals("-")) {
                BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                return r.lines().toList();
            }
            return Files.readAllLines(Path.of(batch), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInput("cannot read " + batch + ": " + e.getMessage());
        }
    }

    /** Hex with at most as many digits as 2^N rows fill (at least one), nothing else. */
    private TruthTable parseTable(String text) throws BadInput {
        String h = text.strip();
        if (h.startsWith("0x") || h.startsWith("0X")) {
            h = h.substring(2);
        }
        if (h.isEmpty()) {
            throw new BadInput("empty truth table");
        }
        for (char ch : h.toCharArray()) {
            if (Character.digit(ch, 16) < 0) {
                throw new BadInput("'" + text + "' is not a hex truth table");
            }
        }
        int digits = Math.max(1, (1 << inputs) / 4);
        if (h.length() > digits) {
            throw new BadInput("truth table '" + text + "' has " + h.length() + " hex digits; " + inputs
                    + " inputs give 2^" + inputs + " rows, at most " + digits + " digits");
        }
        try {
            return TruthTable.fromHex(h, inputs);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
    }
}
