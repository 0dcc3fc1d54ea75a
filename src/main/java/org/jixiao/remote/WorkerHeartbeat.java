package org.jixiao.remote;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jixiao.store.RunOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A worker's sign of life in jx_worker, beaten every {@code beat} from a thread of its own. A
 * worker a manager has fenced (its beat was older than the lease, so its sessions were ended and its
 * partition handed on) stops at once rather than go on fenced: nothing it would still write is wanted.
 */
final class WorkerHeartbeat implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkerHeartbeat.class);

    private final Workers workers;
    private final Duration beat;
    private final String worker = RunOwner.worker();
    private ScheduledExecutorService beats;
    private volatile boolean running;

    WorkerHeartbeat(Workers workers, Duration beat) {
        this.workers = workers;
        this.beat = beat;
    }

    String worker() {
        return worker;
    }

    @Override
    public void start() {
        workers.started(worker, beat);
        beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jixiao-worker-heartbeat");
            t.setDaemon(true);
            return t;
        });
        beats.scheduleWithFixedDelay(this::beat, beat.toMillis(), beat.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
        log.info("工作进程 {} 已就绪，等待分区 / worker ready", worker);
    }

    private void beat() {
        try {
            if (!workers.beat(worker)) {
                log.error("工作进程 {} 被判定失联（心跳超时），其分区已交给其他工作进程；本进程退出 / fenced by a manager: exiting", worker);
                System.out.flush();
                Runtime.getRuntime().halt(1);
            }
        } catch (RuntimeException e) {
            // the store busy or unreachable a moment: the next beat tries again, the lease allows six missed
            log.warn("heartbeat of {} not written: {}", worker, e.toString());
        }
    }

    /** Records that this worker stopped of its own accord; safe to call twice. */
    synchronized void stopped() {
        if (beats != null) {
            beats.shutdownNow();
            beats = null;
            workers.stopped(worker);
        }
    }

    @Override
    public void stop() {
        stopped();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the request queue is polled, stops after the drain. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
