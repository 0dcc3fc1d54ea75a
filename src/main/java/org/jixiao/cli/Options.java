package org.jixiao.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line: a command word (default {@code run}) and {@code --name=value} options. */
public record Options(String command, Map<String, String> values, List<String> springArgs, java.util.Set<String> bare) {

    static Options parse(String[] args) {
        String command = "run";
        Map<String, String> values = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        java.util.Set<String> bare = new java.util.HashSet<>();
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help")) {
                values.put("help", "true");
            } else if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
                String value = eq < 0 ? "true" : a.substring(eq + 1);
                if (name.contains(".")) {
                    spring.add(a);
                } else {
                    values.put(name, value);
                    if (eq < 0) {
                        bare.add(name);
                    } else {
                        bare.remove(name);
                    }
                }
            } else if (values.isEmpty() && command.equals("run")) {
                command = a;
            } else {
                throw new IllegalArgumentException("无法识别的参数 / unexpected argument: " + a);
            }
        }
        return new Options(command, values, spring, bare);
    }

    /**
     * Refuses a {@code --jixiao.*} setting jixiao does not have (a misspelt one would be ignored in
     * silence) or whose value it does not take, before anything starts ({@link SettingsCheck}). Other
     * {@code --a.b=c} settings go to Spring as they are.
     */
    public void checkSettings() {
        SettingsCheck.check(springArgs);
    }

    /** Refuses options a command does not know. */
    public void only(java.util.Set<String> known) {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new Cli.UsageException("未知选项 / unknown option: --" + name);
            }
        }
    }

    /**
     * The value of an option that takes one; given without {@code =value} it is a usage error (a bare
     * {@code --output} read as a folder named "true" published there).
     */
    public String get(String name, String fallback) {
        if (bare.contains(name)) {
            throw new Cli.UsageException("选项 --" + name + " 需要一个值，如 --" + name + "=… / --" + name + " needs a value: --" + name + "=…");
        }
        return values.getOrDefault(name, fallback);
    }

    /** The value of an on/off option: {@code true} when given bare. */
    public String flag(String name) {
        return values.getOrDefault(name, "false");
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }
}
