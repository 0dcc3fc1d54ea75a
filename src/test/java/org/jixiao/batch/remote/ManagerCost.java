package org.jixiao.batch.remote;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the manager step costs: the manager JVM's CPU time and that of its PostgreSQL backends (read from
 * /proc when the database runs on this host), from before the split to the last poll.
 */
final class ManagerCost implements StepExecutionListener {

    private static final long CLOCK_TICKS = 100;

    private final JdbcTemplate jdbc;
    private long jvmStart;
    private long dbStart;
    private long wallStart;

    ManagerCost(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void beforeStep(StepExecution manager) {
        wallStart = System.nanoTime();
        jvmStart = jvmCpuNanos();
        dbStart = backendCpuMillis();
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        long wall = (System.nanoTime() - wallStart) / 1_000_000;
        long jvm = (jvmCpuNanos() - jvmStart) / 1_000_000;
        long db = dbStart < 0 ? -1 : backendCpuMillis() - dbStart;
        long partitions = jdbc.queryForObject("SELECT count(*) FROM batch_step_execution WHERE job_execution_id = ? AND step_name LIKE ?",
                Long.class, manager.getJobExecutionId(), Spike.WORKER_STEP + ":%");
        Spike.say("COST partitions=" + partitions + " wallMs=" + wall + " jvmCpuMs=" + jvm + " dbCpuMs=" + db);
        return null;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of this process's backends, or -1 when they cannot be read (another host, another user). */
    private long backendCpuMillis() {
        List<Integer> pids = jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE application_name LIKE ?", Integer.class,
                "jixiao-manager% " + Spike.processId());
        long millis = 0;
        for (int pid : pids) {
            try {
                String[] stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat")).split("\\) ", 2)[1].split(" ");
                millis += (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 1000 / CLOCK_TICKS;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return millis;
    }
}
