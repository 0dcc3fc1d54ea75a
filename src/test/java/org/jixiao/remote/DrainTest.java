package org.jixiao.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Test;

/**
 * A worker sent SIGTERM takes no partition after the signal, even in the moments before the Spring
 * context's close reaches the drain (RemoteWorkersTest once saw a second partition taken then and
 * stopped): the shutdown hook's word is enough.
 */
class DrainTest {

    @Test
    void pollsRunUntilTheSignalAndNoneAfterIt() throws Throwable {
        Drain drain = new Drain(Duration.ofSeconds(1), null);
        AtomicInteger polls = new AtomicInteger();
        MethodInvocation poll = new Poll(polls);

        assertThat(drain.invoke(poll)).isEqualTo("request");
        assertThat(polls).hasValue(1);

        drain.refuseNewWork();
        assertThat(drain.invoke(poll)).as("no poll after the signal").isNull();
        assertThat(polls).hasValue(1);
    }

    /** A poll of the request queue that finds a request. */
    private record Poll(AtomicInteger count) implements MethodInvocation {

        @Override
        public Object proceed() {
            count.incrementAndGet();
            return "request";
        }

        @Override
        public Method getMethod() {
            return null;
        }

        @Override
        public Object[] getArguments() {
            return new Object[0];
        }

        @Override
        public Object getThis() {
            return null;
        }

        @Override
        public AccessibleObject getStaticPart() {
            return null;
        }
    }
}
