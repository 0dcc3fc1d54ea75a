package org.jixiao.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.jixiao.batch.Progress;

/**
 * Progress for people: on a terminal a bar per stage with counts and time left, redrawn in place;
 * in a log (no terminal) one line when a stage starts, one per tenth of its work, and one at its end.
 */
public final class ConsoleProgress implements Progress {

    private static final int BAR = 24;

    private final PrintStream out;
    private final boolean terminal;
    private String stage;
    private String unit;
    private long total;
    private long started;
    private int lastTenth;

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
        this.stage = stage;
        this.unit = unit;
        this.total = total;
        this.started = System.nanoTime();
        this.lastTenth = 0;
        if (!terminal && total > 0) {
            out.println("  " + stage + " 开始" + (unit.equals("‰") ? "" : "（共 " + total + " " + unit + "）"));
        }
    }

    @Override
    public synchronized void advance(long done, String detail) {
        if (total <= 0) {
            return;
        }
        double fraction = Math.min(1.0, (double) done / total);
        String counts = unit.equals("‰") ? "" : done + "/" + total + " " + unit;
        String extra = detail == null ? counts : (counts.isEmpty() ? detail : counts + "，" + detail);
        if (terminal) {
            int filled = (int) Math.round(fraction * BAR);
            out.print("\r  " + pad(stage) + " [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] "
                    + String.format("%3d%%", Math.round(fraction * 100)) + "  " + extra + "  " + left(fraction) + "   ");
            out.flush();
        } else {
            int tenth = (int) Math.floor(fraction * 10);
            if (tenth > lastTenth && tenth < 10) {
                lastTenth = tenth;
                out.println("  " + stage + " " + tenth * 10 + "%（" + extra + "）");
            }
        }
    }

    @Override
    public synchronized void end(String summary) {
        String took = String.format("%.1f 秒", (System.nanoTime() - started) / 1e9);
        if (terminal && total > 0) {
            out.print("\r" + " ".repeat(100) + "\r");
        }
        out.println("  " + (terminal ? pad(stage) : stage + "：") + summary + "（" + took + "）");
    }

    private String left(double fraction) {
        if (fraction <= 0.01) {
            return "";
        }
        long elapsed = System.nanoTime() - started;
        Duration rest = Duration.ofNanos((long) (elapsed / fraction - elapsed));
        return String.format("剩余 %d:%02d", rest.toMinutes(), rest.toSecondsPart());
    }

    private static String pad(String s) {
        return s.length() >= 4 ? s : s + "　".repeat(4 - s.length());
    }
}
