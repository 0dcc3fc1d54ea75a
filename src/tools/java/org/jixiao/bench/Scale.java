package org.jixiao.bench;

import java.util.Locale;

/** The benchmark's sizes (issue 7): a district, a big district, a city. */
public enum Scale {
    S(100), M(1_000), L(10_000);

    private final int projects;

    Scale(int projects) {
        this.projects = projects;
    }

    public int projects() {
        return projects;
    }

    /** {@code s}, {@code M} … ; null when it is none of them. */
    public static Scale parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
