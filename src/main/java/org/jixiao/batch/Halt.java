package org.jixiao.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * For tests of what a kill leaves: halts the JVM, as {@code kill -9} would (no shutdown hooks, no
 * rollback, nothing flushed), at a named point of the night given by the system property
 * {@code jixiao.test.halt}: {@code <step>:start} as a step starts, {@code <step>:chunk<N>} as a chunk
 * starts once N chunks of the step (of any of its partitions) were committed, {@code <step>:inchunk<N>}
 * in the N-th chunk, written but not committed. A step is named as in the job ({@code import}, {@code render} …);
 * a partition counts as its step. With {@code :term} after the point ({@code render:chunk1:term}) the JVM is
 * sent SIGTERM there instead, once, and goes on as a process sent SIGTERM does. Without the property it does nothing.
 * A remote worker serves many nights: with {@code jixiao.test.halt.output=NAME} it halts only in the
 * partitions of a night whose output folder is named so.
 */
final class Halt implements StepExecutionListener, ChunkListener<Object, Object> {

    static final String PROPERTY = "jixiao.test.halt";
    static final String OUTPUT = "jixiao.test.halt.output";
    /** The exit code a halted JVM ends with, as a process killed by SIGKILL reports it. */
    static final int EXIT = 137;

    private static final Halt NONE = new Halt(null, null, 0, false, false);
    /** The halt this JVM was started with, read once. */
    static final Halt ONCE = fromSystemProperty();

    private final String step;
    private final String at;
    private final int chunk;
    private final boolean inChunk;
    private final boolean term;
    private final Map<String, AtomicInteger> chunks = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();

    private Halt(String step, String at, int chunk, boolean inChunk, boolean term) {
        this.step = step;
        this.at = at;
        this.chunk = chunk;
        this.inChunk = inChunk;
        this.term = term;
    }

    /** The halt the system property asks for, or one that never halts. */
    static Halt fromSystemProperty() {
        String spec = System.getProperty(PROPERTY);
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        String[] parts = spec.split(":");
        boolean term = parts.length == 3 && parts[2].equals("term");
        if (parts.length != 2 && !term) {
            throw new IllegalArgumentException(PROPERTY + " must be <step>:start, <step>:chunk<N> or <step>:inchunk<N>, then :term or not: "
                    + spec);
        }
        if (parts[1].startsWith("inchunk")) {
            return new Halt(parts[0], "chunk", Integer.parseInt(parts[1].substring(7)), true, term);
        }
        if (parts[1].startsWith("chunk")) {
            return new Halt(parts[0], "chunk", Integer.parseInt(parts[1].substring(5)), false, term);
        }
        return new Halt(parts[0], parts[1], 0, false, term);
    }

    boolean active() {
        return step != null;
    }

    @Override
    public void beforeStep(StepExecution execution) {
        if (stepOf(execution.getStepName()).equals(step) && "start".equals(at) && !execution.getStepName().contains(":")) {
            halt();
        }
    }

    @Override
    public void beforeChunk(Chunk<Object> items) {
        // the chunks before this one are committed
        if (!inChunk && counts(chunk) && tonight() && chunks.computeIfAbsent(step, s -> new AtomicInteger()).get() >= chunk) {
            halt();
        }
    }

    @Override
    public void afterChunk(Chunk<Object> items) {
        if (step == null || !step.equals(current()) || !tonight()) {
            return;
        }
        int done = chunks.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
        if (inChunk && done == chunk) {
            halt();
        }
    }

    private boolean counts(int n) {
        return step != null && n > 0 && step.equals(current());
    }

    /** Whether the step this thread runs belongs to the night the halt is for (any, unless {@link #OUTPUT} names one). */
    private static boolean tonight() {
        String only = System.getProperty(OUTPUT);
        var context = org.springframework.batch.core.scope.context.StepSynchronizationManager.getContext();
        if (only == null || context == null) {
            return true;
        }
        String output = context.getStepExecution().getJobParameters().getString(RunParameters.OUTPUT);
        return output != null && java.nio.file.Path.of(output).getFileName().toString().equals(only);
    }

    /** The step whose chunk this thread is in. */
    private static String current() {
        var context = org.springframework.batch.core.scope.context.StepSynchronizationManager.getContext();
        return context == null ? "" : stepOf(context.getStepExecution().getStepName());
    }

    /** {@code importFiles:files-0-of-2} counts as {@code import}: a partition is part of its step. */
    private static String stepOf(String name) {
        return NightStep.of(name).map(NightStep::stepName).orElse(name);
    }

    private void halt() {
        System.out.flush();
        if (!term) {
            Runtime.getRuntime().halt(EXIT);
        }
        if (done.compareAndSet(false, true)) {
            try {
                new ProcessBuilder("kill", "-TERM", String.valueOf(ProcessHandle.current().pid())).start().waitFor();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
