package org.jixiao.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * The process that runs a run, written as {@code host pid start-instant}: enough to tell, on the same
 * host, whether that process is still alive (the start instant tells a reused pid apart). A run on
 * another host cannot be told dead or alive from here: its heartbeat in the store ({@code jx_heartbeat}) says.
 */
public final class RunOwner {

    private static final String HOST = host();

    private RunOwner() {
    }

    public static String thisProcess() {
        ProcessHandle self = ProcessHandle.current();
        return HOST + " " + self.pid() + " " + self.info().startInstant().map(Instant::toString).orElse("-");
    }

    /** This process as manifest.json names the writer of an output: {@code host:pid}. */
    public static String worker() {
        return HOST + ":" + ProcessHandle.current().pid();
    }

    /**
     * Whether the process an owner names is alive and is not this one; false for an owner of another
     * host or none (runs of earlier versions), which cannot be told.
     */
    public static boolean isAnotherLiveProcess(String owner) {
        if (owner == null) {
            return false;
        }
        String[] parts = owner.split(" ");
        if (parts.length != 3 || !parts[0].equals(HOST)) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == ProcessHandle.current().pid()) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        return process.isPresent() && (parts[2].equals("-")
                || process.get().info().startInstant().map(Instant::toString).map(parts[2]::equals).orElse(true));
    }

    /** Whether an owner names a process of another host, whose liveness cannot be looked up from here. */
    public static boolean isOnAnotherHost(String owner) {
        return owner != null && !owner.split(" ")[0].equals(HOST);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
