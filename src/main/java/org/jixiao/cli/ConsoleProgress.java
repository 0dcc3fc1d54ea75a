package org.jixiao.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jixiao.batch.Progress;

/**
 * Progress for people: on a terminal a bar with counts and time left, redrawn in place for the stage
 * that last moved; in a log (no terminal) one line when a stage starts, one per tenth of its work, and
 * one at its end. Two stages may run at once: each keeps its own count and clock, and every line names
 * its stage.
 */
public final class ConsoleProgress implements Progress {

    private static final int BAR = 24;

    private final PrintStream out;
    private final boolean terminal;
    private final Map<String, Stage> stages = new HashMap<>();
    /** Whether the terminal's last line is a bar, to be cleared before a whole line is printed. */
    private boolean barShown;

    /** A running stage: what it counts in, out of how many, since when, and the last tenth reported. */
    private static final class Stage {
        final String unit;
        final long total;
        final long started = System.nanoTime();
        int lastTenth;

        Stage(String unit, long total) {
            this.unit = unit;
            this.total = total;
        }
    }

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    public static ConsoleProgress forThisProcess(PrintStream out) {
        String term = System.getenv("TERM");
        return new ConsoleProgress(out, System.console() != null && term != null && !term.equals("dumb"));
    }

    @Override
    public synchronized void begin(String stage, long total, String unit) {
        stages.put(stage, new Stage(unit, total));
        if (!terminal && total > 0) {
            out.println("  " + stage + " 开始" + (unit.equals("‰") ? "" : "（共 " + total + " " + unit + "）"));
        }
    }

    @Override
    public synchronized void advance(String stage, long done, String detail) {
        Stage s = stages.get(stage);
        if (s == null || s.total <= 0) {
            return;
        }
        double fraction = Math.min(1.0, (double) done / s.total);
        String counts = s.unit.equals("‰") ? "" : done + "/" + s.total + " " + s.unit;
        String extra = detail == null ? counts : (counts.isEmpty() ? detail : counts + "，" + detail);
        if (terminal) {
            int filled = (int) Math.round(fraction * BAR);
            out.print("\r  " + pad(stage) + " [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] "
                    + String.format("%3d%%", Math.round(fraction * 100)) + "  " + extra + "  " + left(s, fraction) + "   ");
            out.flush();
            barShown = true;
        } else {
            int tenth = (int) Math.floor(fraction * 10);
            if (tenth > s.lastTenth && tenth < 10) {
                s.lastTenth = tenth;
                out.println("  " + stage + " " + tenth * 10 + "%（" + extra + "）");
            }
        }
    }

    @Override
    public synchronized void end(String stage, String summary) {
        Stage s = stages.remove(stage);
        String took = s == null ? "" : String.format("（%.1f 秒）", (System.nanoTime() - s.started) / 1e9);
        if (barShown) {
            out.print("\r" + " ".repeat(100) + "\r");
            barShown = false;
        }
        out.println("  " + (terminal ? pad(stage) : stage + "：") + summary + took);
    }

    private static String left(Stage s, double fraction) {
        if (fraction <= 0.01) {
            return "";
        }
        long elapsed = System.nanoTime() - s.started;
        Duration rest = Duration.ofNanos((long) (elapsed / fraction - elapsed));
        return String.format("剩余 %d:%02d", rest.toMinutes(), rest.toSecondsPart());
    }

    private static String pad(String s) {
        return s.length() >= 4 ? s : s + "　".repeat(4 - s.length());
    }
}
