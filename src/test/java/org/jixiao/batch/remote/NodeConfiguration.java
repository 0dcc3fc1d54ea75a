package org.jixiao.batch.remote;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * What the manager and the workers share: the job repository on PostgreSQL and the channel of step
 * execution requests, kept in the same database by Spring Integration's JDBC channel message store.
 * The channel has a connection pool of its own: a worker runs its partition inside the transaction
 * that took the request (so a worker that dies gives it back), and the step's own transactions must
 * not join that one. The repository's pool and transaction manager are primary, so the channel's are
 * always asked for by name: a parameter's name does not beat {@code @Primary}.
 * <p>
 * Not annotated {@code @Configuration} (nor are the manager's and the worker's): jixiao's
 * {@code @SpringBootApplication} scans {@code org.jixiao}, test classes included, and would take these
 * beans into every product test. {@link RemoteNode} registers them by hand.
 */
@EnableBatchProcessing
@EnableJdbcJobRepository
@EnableBatchIntegration
class NodeConfiguration {

    @Bean
    @Primary
    DataSource dataSource(@Value("${jixiao.url}") String url, @Value("${jixiao.role}") String role) {
        return pool(url, Spike.applicationName(role), 4);
    }

    @Bean
    @Primary
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    DataSource channelDataSource(@Value("${jixiao.url}") String url, @Value("${jixiao.role}") String role) {
        return pool(url, Spike.applicationName(role + "-channel"), 2);
    }

    @Bean
    JdbcTransactionManager channelTransactionManager(@Qualifier("channelDataSource") DataSource channelDataSource) {
        return new JdbcTransactionManager(channelDataSource);
    }

    @Bean
    JdbcChannelMessageStore requestStore(@Qualifier("channelDataSource") DataSource channelDataSource) {
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(channelDataSource);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.setRegion(Spike.REGION);
        // requests are Java-serialized: read back only the classes a request is made of
        store.addAllowedPatterns("org.springframework.messaging.*", "org.springframework.integration.*",
                "org.springframework.batch.integration.partition.StepExecutionRequest", "java.util.*", "java.lang.*");
        return store;
    }

    @Bean
    QueueChannel requests(JdbcChannelMessageStore requestStore) {
        return new QueueChannel(new MessageGroupQueue(requestStore, Spike.REQUESTS));
    }

    private static HikariDataSource pool(String url, String applicationName, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setPoolName(applicationName);
        config.addDataSourceProperty("ApplicationName", applicationName);
        return new HikariDataSource(config);
    }
}
