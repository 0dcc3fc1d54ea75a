package org.jixiao.remote;

import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.context.SmartLifecycle;

/**
 * How a worker stops on SIGTERM. The JVM's shutdown hook closes the Spring context; this stops first
 * (the highest phase): no new poll starts, and the partition in hand is finished, waiting up to
 * {@code grace}. Past that, the partition is handed back at its next chunk boundary by halting the JVM
 * there: the poll's transaction dies with its connection, the request returns to the queue, and the
 * partition — still STARTED, its chunks so far committed — is resumed by another worker: the path of a
 * kill, taken at a clean point. Spring Integration's own stop would interrupt the polling thread, and an
 * interrupted chunk-oriented step would stop, its partition given up rather than handed on.
 *
 * <p>No poll starts once the signal has come, even before the context's close reaches this: a JVM
 * shutdown hook says so at once. Without it, a worker finishing its partition as the signal came polled
 * again in the moments the close took to get here, and took a partition it could not finish.
 */
final class Drain implements MethodInterceptor, SmartLifecycle, ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(Drain.class);

    private final Duration grace;
    private final WorkerHeartbeat heartbeat;
    private boolean draining;
    private int inFlight;
    private volatile boolean handBack;
    private volatile boolean running;

    Drain(Duration grace, WorkerHeartbeat heartbeat) {
        this.grace = grace;
        this.heartbeat = heartbeat;
        Runtime.getRuntime().addShutdownHook(new Thread(this::refuseNewWork, "jixiao-drain"));
    }

    /**
     * From the signal on, polls return nothing: the partition in hand is the last one this worker takes. Said
     * once, as the signal comes, with what the worker has in hand then.
     */
    synchronized void refuseNewWork() {
        if (draining) {
            return;
        }
        draining = true;
        log.info("工作进程 {} 收到停止信号：{} / stopping: {}", heartbeat == null ? "" : heartbeat.worker(),
                inFlight > 0 ? "先完成手头的分区" : "空闲", inFlight > 0 ? "finishing the partition in hand" : "idle");
    }

    /** Around each poll of the request queue, outside its transaction. */
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
            log.warn("工作进程 {} 停止：超过 {} 秒，手头的分区交回队列，由其他工作进程接着处理 / partition handed back", heartbeat.worker(),
                    grace.toSeconds());
            heartbeat.stopped();
            System.out.flush();
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
            refuseNewWork();
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
        log.info("工作进程 {} 已停止 / stopped", heartbeat.worker());
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
