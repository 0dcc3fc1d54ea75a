package org.jixiao.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line: a command word (default {@code run}) and {@code --name=value} options. */
record Options(String command, Map<String, String> values, List<String> springArgs, java.util.Set<String> bare) {

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

    /** The settings of a night with remote workers and of a worker (README, Remote workers). */
    private static final java.util.Set<String> REMOTE = java.util.Set.of("workers.wait", "workers.watch",
            "workers.import-files", "worker.grace", "worker.beat");

    /** jixiao's own settings, as names are written on the command line (kebab-case or camelCase). */
    private static final java.util.Set<String> SCORING = java.util.Set.of("fund-weight", "fundweight", "rate-cap", "ratecap",
            "excellent", "good", "pass", "tolerance", "achieved-floor", "achievedfloor", "partial-floor", "partialfloor");

    /**
     * Refuses a {@code --jixiao.*} setting jixiao does not have (a misspelt one would be ignored in
     * silence) or whose value is not a number, before anything starts. Other {@code --a.b=c} settings
     * go to Spring as they are.
     */
    void checkSettings() {
        for (String a : springArgs) {
            int eq = a.indexOf('=');
            String name = (eq < 0 ? a.substring(2) : a.substring(2, eq)).toLowerCase(java.util.Locale.ROOT);
            String value = eq < 0 ? "" : a.substring(eq + 1).trim();
            if (!name.startsWith("jixiao.")) {
                continue;
            }
            String setting = name.substring("jixiao.".length());
            boolean weight = setting.startsWith("scoring.level-one-weights.") || setting.startsWith("scoring.leveloneweights.")
                    || setting.startsWith("scoring.level-one-weights[") || setting.startsWith("scoring.leveloneweights[");
            boolean known = setting.equals("threads") || weight || REMOTE.contains(setting)
                    || setting.startsWith("scoring.") && SCORING.contains(setting.substring("scoring.".length()));
            if (!known) {
                throw new Cli.UsageException("未知设置 --" + a.substring(2, eq < 0 ? a.length() : eq)
                        + "（评分规则见 README「Configure it」：jixiao.scoring.fund-weight、rate-cap、excellent、good、pass、"
                        + "level-one-weights.*、tolerance、achieved-floor、partial-floor） / unknown setting");
            }
            if (setting.equals("threads") ? !value.matches("[0-9]{1,3}") : !number(value)) {
                throw new Cli.UsageException("设置 --" + a.substring(2, eq < 0 ? a.length() : eq) + " 的值应为"
                        + (setting.equals("threads") ? "线程数（整数）" : "不小于 0 的数，如 0.2 或 90") + "：「" + value + "」 / not a number: " + value);
            }
        }
    }

    private static boolean number(String value) {
        try {
            return new java.math.BigDecimal(value).signum() >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Refuses options a command does not know. */
    void only(java.util.Set<String> known) {
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
    String get(String name, String fallback) {
        if (bare.contains(name)) {
            throw new Cli.UsageException("选项 --" + name + " 需要一个值，如 --" + name + "=… / --" + name + " needs a value: --" + name + "=…");
        }
        return values.getOrDefault(name, fallback);
    }

    /** The value of an on/off option: {@code true} when given bare. */
    String flag(String name) {
        return values.getOrDefault(name, "false");
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
