package org.jixiao.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent pieces of a tasklet's work — books, 地区 汇总表 — on the run's threads, started in
 * the order given (largest first keeps the threads evenly busy), and fails with the first failure.
 * Each piece writes its own files, so the outputs are the same whatever the number of threads.
 */
final class SideBySide {

    /** One piece of work. */
    interface Task {
        void run() throws IOException;
    }

    private SideBySide() {
    }

    static void run(int threads, String name, List<Task> tasks) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), r -> {
            Thread t = new Thread(r, "jixiao-" + name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Task task : tasks) {
                running.add(pool.submit(() -> {
                    task.run();
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " 被中断", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
