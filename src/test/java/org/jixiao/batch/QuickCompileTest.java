package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class QuickCompileTest {

    @Test
    void aNightOnAFolderReadBeforeThatReadsAQuarterOrLessAnewIsShort() {
        assertThat(QuickCompile.isShort(19, 1978, true)).isTrue();
        assertThat(QuickCompile.isShort(0, 1978, true)).isTrue();
        assertThat(QuickCompile.isShort(494, 1978, true)).isTrue();
        assertThat(QuickCompile.isShort(495, 1978, true)).isFalse();
        // a first night on an output folder, however small, keeps C2
        assertThat(QuickCompile.isShort(0, 1978, false)).isFalse();
        assertThat(QuickCompile.isShort(1, 1, false)).isFalse();
    }

    @Test
    void aJvmNotStartedForOneNightKeepsItsCompilers() {
        // this JVM runs the suite: a short night run in it must not leave C2 out for the tests after it
        QuickCompile.forNight(1, 1978, true, true);
        assertThat(QuickCompile.applied()).isFalse();
    }

    @Test
    void aNightProcessLeavesC2OutWhenItsNightIsShort() throws Exception {
        // in a JVM of its own: a directive holds for the rest of the process
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-cp",
                System.getProperty("java.class.path"), Probe.class.getName()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(said).as(said).contains("first night false", "turned off false", "long false", "== default", "short true");
        String[] parts = said.split("== ");
        assertThat(parts[1]).as(said).doesNotContainPattern(C2_LEFT_OUT);
        assertThat(parts[2]).as(said).containsPattern(C2_LEFT_OUT);
    }

    private static final String C2_LEFT_OUT = "c2 directives:\\s+inline: -\\s+Enable:true Exclude:true";

    /** A night's process in small: what it does to its JIT, and the JVM's directives before and after. */
    static final class Probe {
        public static void main(String[] args) throws Exception {
            QuickCompile.ownProcess();
            QuickCompile.forNight(2, 10, false, true);
            System.out.println("first night " + QuickCompile.applied());
            QuickCompile.forNight(2, 10, true, false);
            System.out.println("turned off " + QuickCompile.applied());
            QuickCompile.forNight(3, 10, true, true);
            System.out.println("long " + QuickCompile.applied());
            System.out.println("== default " + directives());
            QuickCompile.forNight(2, 10, true, true);
            System.out.println("short " + QuickCompile.applied());
            System.out.println("== " + directives());
        }

        private static Object directives() throws Exception {
            return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "compilerDirectivesPrint", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        }
    }
}
