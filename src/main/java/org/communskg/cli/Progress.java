package org.communskg.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A one-line progress display on the terminal: count, rate and ETA. Quiet when the output is
 * not a terminal, so logs and pipes stay clean.
 */
final class Progress {
    private final PrintStream out;
    private final boolean enabled;
    private final String unit;
    private final long total;
    private final long start = System.nanoTime();
    private long lastDraw;

    private Progress(PrintStream out, boolean enabled, String unit, long total) {
        this.out = out;
        this.enabled = enabled;
        this.unit = unit;
        this.total = total;
    }

    /** Shows progress on standard error only when there is a terminal. */
    static Progress onTerminal(String unit, long total) {
        return new Progress(System.err, System.console() != null, unit, total);
    }

    void update(long done) {
        long now = System.nanoTime();
        if (!enabled || (now - lastDraw < 200_000_000L && done < total)) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max((now - start) / 1e9, 1e-3);
        double rate = done / seconds;
        String eta = total > 0 && rate > 0 ? format(Duration.ofSeconds((long) ((total - done) / rate))) : "?";
        out.printf("\r%d/%d %s  %.1f/s  ETA %s   ", done, total, unit, rate, eta);
        out.flush();
    }

    void finish() {
        if (enabled) {
            out.print("\r\033[K");
            out.flush();
        }
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, (s % 3600) / 60)
                : String.format("%dm%02ds", s / 60, s % 60);
    }
}
