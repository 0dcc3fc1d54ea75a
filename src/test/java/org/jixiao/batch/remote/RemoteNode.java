package org.jixiao.batch.remote;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * One process of the spike, started by the tests as {@code java -cp <test classpath> ... manager|worker}
 * with its settings as {@code -Djixiao.*} system properties. A manager runs the night (or restarts it) and
 * exits 0 when it completed; a worker serves requests until SIGTERM.
 */
public final class RemoteNode {

    private RemoteNode() {
    }

    public static void main(String[] args) throws Exception {
        String role = args[0];
        System.setProperty("jixiao.role", role);
        if (role.equals("worker")) {
            AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(NodeConfiguration.class,
                    WorkerConfiguration.class);
            context.registerShutdownHook();
            Thread.currentThread().join();
            return;
        }
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(NodeConfiguration.class,
                ManagerConfiguration.class)) {
            JobOperator operator = context.getBean(JobOperator.class);
            JobRepository repository = context.getBean(JobRepository.class);
            Job job = context.getBean(Job.class);
            JobParameters parameters = new JobParametersBuilder().addLong("run.id", Long.getLong("jixiao.runId")).toJobParameters();
            JobExecution last = repository.getLastJobExecution(Spike.JOB, parameters);
            JobExecution execution;
            if (last == null) {
                execution = operator.start(job, parameters);
            } else {
                if (last.getStatus().isRunning()) {
                    last = operator.recover(last);
                }
                execution = operator.restart(last);
            }
            Spike.say("MANAGER " + execution.getStatus() + " " + execution.getExitStatus().getExitCode());
            System.exit(execution.getStatus().name().equals("COMPLETED") ? 0 : 1);
        }
    }
}
