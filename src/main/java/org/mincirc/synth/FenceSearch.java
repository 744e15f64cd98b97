package org.mincirc.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.mincirc.circuit.Circuit;
import org.mincirc.solver.Backend;

/**
 * One size question asked as one question per {@link Fence}, on several threads (Haaswijk et
 * al., TCAD 2020, section VI: fences are independent, so they parallelize without any sharing).
 * "Impossible" needs every fence impossible; the first fence with an accepted circuit ends the
 * search and interrupts the others.
 *
 * <p>The whole formula may race alongside the fences, as one more question that any thread
 * takes first: its "impossible" settles the size, as does its circuit. This is the portfolio of
 * two encodings: on 5-input majority the fences prove 8 gates impossible faster than the whole
 * formula, while the whole formula finds the 9-gate circuit where fence after fence must first
 * be proven empty (measurements in the README).
 *
 * <p>Each fence runs to its end in one go. Time slices that pause and resume fences (so an easy
 * satisfiable fence is not queued behind hard unsatisfiable ones) were measured and lost: on
 * 5-input majority at 7 gates CaDiCaL took 6.3 s with 250 ms slices against 1.9 s without,
 * since a resumed solve redoes much of its set-up.
 */
final class FenceSearch {
    /**
     * Opens the question of one fence (null: the whole formula) on a fresh backend; the search
     * closes the backend.
     */
    interface Opener {
        Opened open(Fence fence, QuestionLoop.Counts counts);
    }

    record Opened(Encoding encoding, QuestionLoop loop) {}

    sealed interface Outcome {
        /** A circuit, and the fence it came from (null if from the whole formula). */
        record Found(Circuit circuit, Fence fence) implements Outcome {}

        /** Proven: by every fence, or (if {@code byWholeFormula}) by the whole formula. */
        record Impossible(boolean byWholeFormula) implements Outcome {}

        record Undecided(String reason) implements Outcome {}
    }

    private final List<Fence> fences;
    private final Opener opener;
    private final int threads;
    private final long deadlineNanos;

    private final ConcurrentLinkedQueue<Task> queue = new ConcurrentLinkedQueue<>();
    private final Set<Task> running = ConcurrentHashMap.newKeySet();
    private final List<Task> opened = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<Outcome.Found> found = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicInteger impossible = new AtomicInteger();
    private final boolean withWhole;
    private final AtomicBoolean wholeImpossible = new AtomicBoolean();
    private final List<String> undecided = new ArrayList<>();

    /** @param withWhole race the whole formula alongside the fences */
    FenceSearch(List<Fence> fences, boolean withWhole, Opener opener, int threads, long deadlineNanos) {
        this.fences = List.copyOf(fences);
        this.withWhole = withWhole;
        this.opener = opener;
        this.threads = Math.max(1, Math.min(threads, fences.size() + (withWhole ? 1 : 0)));
        this.deadlineNanos = deadlineNanos;
    }

    /** One fence's question (the whole formula's if the fence is null) and what it did. */
    private static final class Task {
        final Fence fence;
        final QuestionLoop.Counts counts = new QuestionLoop.Counts();
        Opened question;

        Task(Fence fence) {
            this.fence = fence;
        }
    }

    Outcome run() {
        if (withWhole) {
            queue.add(new Task(null));
        }
        fences.forEach(fence -> queue.add(new Task(fence)));
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(this::work, "mincirc-fence-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        try {
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            halt();
            throw new IllegalStateException("interrupted while waiting for the fence search", e);
        } finally {
            synchronized (opened) {
                opened.forEach(task -> task.question.encoding().backend().close());
            }
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        if (found.get() != null) {
            return found.get();
        }
        if (wholeImpossible.get() || impossible.get() == fences.size()) {
            return new Outcome.Impossible(wholeImpossible.get());
        }
        synchronized (undecided) {
            return new Outcome.Undecided(undecided.isEmpty() ? "time limit reached" : undecided.get(0));
        }
    }

    /** The largest formula any fence built: variables, constraints, rows. */
    int[] largestFormula() {
        int[] largest = new int[3];
        synchronized (opened) {
            for (Task task : opened) {
                Encoding e = task.question.encoding();
                largest[0] = Math.max(largest[0], e.backend().variables());
                largest[1] = Math.max(largest[1], e.backend().constraints());
                largest[2] = Math.max(largest[2], e.rowCount());
            }
        }
        return largest;
    }

    /** The loops' counts summed over fences. */
    void addCountsTo(QuestionLoop.Counts total) {
        synchronized (opened) {
            for (Task task : opened) {
                total.solveCalls += task.counts.solveCalls;
                total.cegarRows += task.counts.cegarRows;
                total.rejected += task.counts.rejected;
            }
        }
    }

    private void work() {
        try {
            Task task;
            while (!stop.get() && (task = queue.poll()) != null) {
                step(task);
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
            halt();
        }
    }

    private void step(Task task) {
        if (task.question == null) {
            task.question = opener.open(task.fence, task.counts);
            synchronized (opened) {
                opened.add(task);
            }
        }
        running.add(task);
        try {
            if (stop.get()) {
                return;
            }
            QuestionLoop.Answer answer = task.question.loop().next();
            if (answer instanceof QuestionLoop.Answer.Found f) {
                if (found.compareAndSet(null, new Outcome.Found(f.circuit(), task.fence))) {
                    halt();
                }
            } else if (answer instanceof QuestionLoop.Answer.Impossible) {
                if (task.fence == null) {
                    wholeImpossible.set(true);
                    halt();
                } else {
                    impossible.incrementAndGet();
                }
            } else {
                undecided(task, (QuestionLoop.Answer.Undecided) answer);
            }
        } finally {
            running.remove(task);
        }
    }

    /**
     * A fence without an answer: past the deadline nothing else will be decided either; otherwise
     * the size stays undecided, but another fence may still find a circuit.
     */
    private void undecided(Task task, QuestionLoop.Answer.Undecided answer) {
        if (stop.get()) {
            return;
        }
        if (System.nanoTime() >= deadlineNanos) {
            note(answer.reason());
            halt();
        } else {
            note((task.fence == null ? "the whole formula" : "fence " + task.fence.describe()) + ": "
                    + answer.reason());
        }
    }

    private void note(String reason) {
        synchronized (undecided) {
            undecided.add(reason);
        }
    }

    /** Stops the schedule and interrupts every fence being solved. */
    private void halt() {
        stop.set(true);
        for (Task task : running) {
            Opened question = task.question;
            if (question != null) {
                question.encoding().backend().interrupt();
            }
        }
    }
}
