package org.jixiao.batch.remote;

import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.context.SmartLifecycle;

/**
 * How a worker stops on SIGTERM. The JVM's shutdown hook closes the Spring context; this bean stops
 * first (highest phase): it lets no new poll start, then waits for the partition in hand to finish, up
 * to {@code grace}. Past that, it hands the partition back at the next chunk boundary by halting the
 * JVM there: the poll's transaction dies with the connection, the request returns to the queue, and
 * the step execution, still STARTED with its last committed chunk, is resumed by another worker — the
 * same path as a kill, taken at a clean point. Spring Integration's own stop would interrupt the
 * polling thread, and a thread interrupt ends a chunk-oriented step as if its reader were exhausted.
 */
final class Drain implements MethodInterceptor, SmartLifecycle, ChunkListener<Object, Object> {

    private final Duration grace;
    private final WorkerHeartbeat heartbeat;
    private boolean draining;
    private int inFlight;
    private volatile boolean handBack;
    private volatile boolean running;

    Drain(Duration grace, WorkerHeartbeat heartbeat) {
        this.grace = grace;
        this.heartbeat = heartbeat;
    }

    /** Around each poll of the request channel (outside its transaction). */
    @Override
    public Object invoke(MethodInvocation poll) throws Throwable {
        synchronized (this) {
            if (draining) {
                return null;
            }
            inFlight++;
        }
        try {
            return poll.proceed();
        } finally {
            synchronized (this) {
                inFlight--;
                notifyAll();
            }
        }
    }

    @Override
    public void beforeChunk(Chunk<Object> chunk) {
        if (handBack) {
            Spike.say("HANDBACK " + Spike.processId() + ": partition handed back at a chunk boundary");
            heartbeat.stopped();
            Runtime.getRuntime().halt(0);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (this) {
            draining = true;
            Spike.say("DRAIN " + Spike.processId() + (inFlight > 0 ? ": finishing the partition in hand" : ": idle"));
            try {
                while (inFlight > 0 && System.nanoTime() < deadline) {
                    wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
                if (inFlight > 0) {
                    handBack = true;
                    while (inFlight > 0) {
                        wait();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        heartbeat.stopped();
        Spike.say("STOPPED " + Spike.processId());
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
