package org.jixiao.remote;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jixiao.store.RunOwner;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The queue of partition requests a night's manager hands to its remote workers: a Spring Integration
 * channel kept in the store's own PostgreSQL by its JDBC channel message store (no broker to run).
 * A worker takes a request with {@code DELETE … FOR UPDATE SKIP LOCKED} inside a transaction and runs
 * the partition before that transaction commits: the request stays locked (other workers skip it) and,
 * if the worker dies, PostgreSQL rolls the transaction back when its connection drops and the request is
 * in the queue again, at its old place, for the next worker.
 *
 * <p>So the channel has a connection pool of its own: the step's own chunk transactions must not join the
 * poll's. Its beans are no default candidates: the store's DataSource and transaction manager stay the
 * ones Boot makes, and these are only ever asked for by name.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${jixiao.role:night}' == 'manager' or '${jixiao.role:night}' == 'worker'")
@EnableBatchIntegration
public class RequestChannel {

    /** The channel message store's region; the queue is its one group. */
    static final String REGION = "jixiao";
    static final String QUEUE = "partition-requests";

    @Bean(defaultCandidate = false)
    @Qualifier("requests")
    DataSource requestDataSource(@Value("${spring.datasource.url}") String url, @Value("${jixiao.role:night}") String role) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(1);
        config.setPoolName("jixiao-requests");
        // a manager fencing a worker that stopped answering ends every session of it, this one included
        config.addDataSourceProperty("ApplicationName", "jixiao-" + role + "-requests " + RunOwner.worker());
        return new HikariDataSource(config);
    }

    @Bean(defaultCandidate = false)
    @Qualifier("requests")
    JdbcTransactionManager requestTransactionManager(@Qualifier("requests") DataSource requestDataSource) {
        return new JdbcTransactionManager(requestDataSource);
    }

    @Bean(defaultCandidate = false)
    @Qualifier("requests")
    JdbcChannelMessageStore requestStore(@Qualifier("requests") DataSource requestDataSource) {
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(requestDataSource);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.setRegion(REGION);
        // requests are Java-serialized: read back only the classes a request is made of
        store.addAllowedPatterns("org.springframework.messaging.*", "org.springframework.integration.*",
                "org.springframework.batch.integration.partition.StepExecutionRequest", "java.util.*", "java.lang.*");
        return store;
    }

    @Bean(defaultCandidate = false)
    @Qualifier("requests")
    QueueChannel requests(@Qualifier("requests") JdbcChannelMessageStore requestStore) {
        return new QueueChannel(new MessageGroupQueue(requestStore, QUEUE));
    }

    @Bean
    Workers workers(DataSource dataSource) {
        return new Workers(dataSource);
    }
}
