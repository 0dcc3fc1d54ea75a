package org.jixiao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine a benchmark ran on, as the README states it next to the figures. */
record Machine(int cores, long maxHeapBytes, long memoryBytes, String cpu, String java, String os, List<String> jvmOptions) {

    static Machine thisOne() {
        long memory = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-XX:+Use") || a.startsWith("-XX:ActiveProcessorCount"))
                .toList();
        return new Machine(Runtime.getRuntime().availableProcessors(), HeapSampler.maxHeap(), memory, cpuModel(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"), options);
    }

    /** {@code 2 核（Intel Xeon …），内存 7.8 GiB，最大堆 1024 MiB，OpenJDK … 17.0.15，Linux … amd64}. */
    String describe() {
        StringBuilder s = new StringBuilder();
        s.append(cores).append(" 核");
        if (!cpu.isEmpty()) {
            s.append("（").append(cpu).append("）");
        }
        if (memoryBytes > 0) {
            s.append("，内存 ").append(String.format(Locale.ROOT, "%.1f GiB", memoryBytes / (1024.0 * 1024 * 1024)));
        }
        s.append("，最大堆 ").append(maxHeapBytes / (1024 * 1024)).append(" MiB");
        s.append("，").append(java).append("，").append(os);
        return s.toString();
    }

    /** The CPU model from /proc/cpuinfo where there is one. */
    private static String cpuModel() {
        Path info = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(info)) {
                for (String line : Files.readAllLines(info)) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).strip().replaceAll("\\s+", " ");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return "";
    }
}
