package org.jixiao.remote;

import java.math.BigDecimal;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.QueueChannel;

/** A night run as manager of remote workers ({@code --workers=remote}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jixiao.role", havingValue = "manager")
class ManagerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ManagerConfiguration.class);

    /**
     * @param waitMinutes how long partitions may wait with no worker alive before the night stops (exit 1,
     *        resumable); 0 waits for ever
     * @param watchSeconds how often the manager looks for lost workers and for none (seconds)
     */
    @Bean
    RemotePartitions remotePartitions(JobRepository repository, DataSource dataSource, @Qualifier("requests") QueueChannel requests,
            Workers workers, @Value("${jixiao.workers.wait:30}") BigDecimal waitMinutes,
            @Value("${jixiao.workers.watch:5}") BigDecimal watchSeconds) {
        Duration wait = Duration.ofMillis(waitMinutes.multiply(BigDecimal.valueOf(60_000)).longValue());
        Duration watch = Duration.ofMillis(watchSeconds.multiply(BigDecimal.valueOf(1000)).longValue());
        return new RemotePartitions(repository, dataSource, requests, workers, wait, watch, line -> {
            // the operator's terminal, where the night's report goes; and the log
            System.out.println(line);
            log.warn(line.strip());
        }, "nightly");
    }
}
