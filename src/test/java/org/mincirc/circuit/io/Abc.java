package org.mincirc.circuit.io;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the peer tool ABC ({@code berkeley-abc}, the Debian build) on scripts in a directory. */
final class Abc {
    static final String BINARY = "berkeley-abc";
    /** Printed by {@code echo} between commands so one run can answer several questions. */
    static final String MARK = "@@mincirc@@";

    private Abc() {}

    static boolean available() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, BINARY))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code berkeley-abc -c script} in {@code dir}; returns stdout and stderr together. */
    static String run(Path dir, String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(BINARY, "-c", script).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("ABC did not finish: " + script);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** One {@code cec reference impl} per implementation file; each verdict in order. */
    static List<Verdict> cec(Path dir, String reference, List<String> implementations)
            throws IOException, InterruptedException {
        return cec(dir, reference, implementations, "");
    }

    /**
     * As {@link #cec(Path, String, List)}, then runs {@code moreCommands} in the same ABC process
     * (starting ABC dominates the cost of these small checks).
     */
    static List<Verdict> cec(Path dir, String reference, List<String> implementations, String moreCommands)
            throws IOException, InterruptedException {
        List<String[]> pairs = new ArrayList<>();
        for (String impl : implementations) {
            pairs.add(new String[] {reference, impl});
        }
        return cecPairs(dir, pairs, moreCommands);
    }

    /** One {@code cec a b} per pair in one ABC run, then {@code moreCommands}; each verdict in order. */
    static List<Verdict> cecPairs(Path dir, List<String[]> pairs, String moreCommands)
            throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder();
        for (String[] pair : pairs) {
            script.append("cec ").append(pair[0]).append(' ').append(pair[1]).append("; echo ").append(MARK).append("; ");
        }
        script.append(moreCommands);
        String out = withoutCommandLine(run(dir, script.toString()));
        String[] parts = out.split(MARK, -1);
        List<Verdict> verdicts = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            String part = k < parts.length - 1 ? parts[k] : "(no answer: ABC stopped early)\n" + out;
            verdicts.add(Verdict.of(part));
        }
        return verdicts;
    }

    /** ABC first repeats the script, marks included: drop that line before splitting on marks. */
    private static String withoutCommandLine(String out) {
        if (out.startsWith("ABC command line:")) {
            int eol = out.indexOf('\n');
            return eol < 0 ? "" : out.substring(eol + 1);
        }
        return out;
    }

    /**
     * What ABC's {@code cec} printed. It exits 0 even for NOT EQUIVALENT and for files it cannot
     * read, so only the text tells.
     */
    record Verdict(Kind kind, String output) {
        enum Kind { EQUIVALENT, NOT_EQUIVALENT, NO_ANSWER }

        static Verdict of(String output) {
            Kind kind = output.contains("Networks are equivalent") ? Kind.EQUIVALENT
                    : output.contains("Networks are NOT EQUIVALENT") ? Kind.NOT_EQUIVALENT
                    : Kind.NO_ANSWER;
            return new Verdict(kind, output);
        }
    }
}
