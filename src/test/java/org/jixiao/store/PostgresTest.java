package org.jixiao.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that needs the test PostgreSQL named by {@code JIXIAO_TEST_PG_URL} ({@code .ci/run} starts one and
 * sets it). Without it the test is skipped with a line saying why; with {@code CI=true} it fails instead,
 * so CI cannot pass by skipping. A {@link TestDatabase} parameter gives the test a schema of its own.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresExtension.class)
public @interface PostgresTest {
}
