package org.jixiao.batch;

/**
 * Partition names that carry their own place: {@code files-1-of-2}. A worker derives its share of
 * the work from its step name, so a partition restarted after a crash does the same work even when
 * the context it was given never reached the disk.
 */
final class Partitions {

    /** Partition {@code index} of {@code count}. */
    record Place(int index, int count) {
    }

    private Partitions() {
    }

    static String name(String prefix, int index, int count) {
        return prefix + "-" + index + "-of-" + count;
    }

    /** The place in a worker step name such as {@code importFiles:files-1-of-2}. */
    static Place of(String stepName) {
        String partition = stepName.substring(stepName.indexOf(':') + 1);
        String[] parts = partition.split("-");
        int n = parts.length;
        if (n < 4 || !parts[n - 2].equals("of")) {
            throw new IllegalArgumentException("not a partition step: " + stepName);
        }
        return new Place(Integer.parseInt(parts[n - 3]), Integer.parseInt(parts[n - 1]));
    }
}
