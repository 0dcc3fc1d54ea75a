package org.jixiao.batch.upstream;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * A JDBC job repository on an in-memory H2 of its own, and a reader that saves its position. Registered by
 * hand, not {@code @Configuration}: jixiao's application scans {@code org.jixiao}, test classes included.
 */
@EnableBatchProcessing
@EnableJdbcJobRepository
public class Fixture {

    /** What each partition (or the step, under "") wrote, in order. */
    public static final Map<String, List<Integer>> WRITTEN = new ConcurrentHashMap<>();

    @Bean
    DataSource dataSource() {
        return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true)
                .addScript("org/springframework/batch/core/schema-h2.sql").build();
    }

    /** The operator's registry: tests register the jobs they build, so that a restart finds them. */
    @Bean
    MapJobRegistry jobRegistry() {
        return new MapJobRegistry();
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    /** The items 0…count-1 of a partition (its count from its context, 6 outside a partition). */
    @Bean
    @StepScope
    CountingReader reader(@Value("#{stepExecutionContext['count'] ?: 6}") Integer count) {
        return new CountingReader(count);
    }

    public static List<Integer> written(String partition) {
        return WRITTEN.computeIfAbsent(partition, p -> new CopyOnWriteArrayList<>());
    }

    /** Saves its position ("reader.read.count") with each chunk, as jixiao's readers did before 6.0.0. */
    public static class CountingReader extends AbstractItemCountingItemStreamItemReader<Integer> {
        private int next;

        CountingReader(int count) {
            setName("reader");
            setMaxItemCount(count);
        }

        @Override
        protected Integer doRead() {
            return next++;
        }

        @Override
        protected void jumpToItem(int itemIndex) {
            next = itemIndex;
        }

        @Override
        protected void doOpen() {
            next = 0;
        }

        @Override
        protected void doClose() {
        }
    }
}
