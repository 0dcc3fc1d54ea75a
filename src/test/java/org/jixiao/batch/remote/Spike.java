package org.jixiao.batch.remote;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What every node of the remote-partitioning spike agrees on: names, who a process is, and the toy
 * work — a CPU-bound function whose result a test can compute again to check the files the workers wrote.
 */
final class Spike {

    static final String JOB = "toyNight";
    static final String MANAGER_STEP = "render";
    static final String WORKER_STEP = "renderPart";
    /** The channel message store's region and the queue's group: one queue of requests per store. */
    static final String REGION = "jixiao";
    static final String REQUESTS = "partition-requests";
    /** The step execution context key naming the process that ran (or last resumed) a partition. */
    static final String WORKER_KEY = "jixiao.worker";

    private Spike() {
    }

    /** This process as "host:pid": what the manifest would name as the writer of an output. */
    static String processId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }

    /** The PostgreSQL application name of this process's connections, so the manager can find them. */
    static String applicationName(String role) {
        return "jixiao-" + role + " " + processId();
    }

    /** Item {@code item} of partition {@code partition}: {@code rounds} chained SHA-256 hashes. */
    static String work(int partition, int item, int rounds) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] value = ("partition " + partition + " item " + item).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < rounds; i++) {
                value = sha.digest(value);
            }
            return "partition " + partition + " item " + item + ": " + HexFormat.of().formatHex(value) + "\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A line a test waits for: flushed at once, so a test reading the pipe sees it before a kill. */
    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
