package dev.tidings.bench;

import java.io.PrintStream;

/** What the benchmark prints while it runs: a numbered line per phase, a bar for the long ones. */
public final class Progress {
    private final PrintStream out;
    private final int phases;
    private int phase;
    private boolean barShown;
    private long lastDrawn;

    public Progress(PrintStream out, int phases) {
        this.out = out;
        this.phases = phases;
    }

    public synchronized void phase(String format, Object... args) {
        endBar();
        phase++;
        out.printf("[%d/%d] %s%n", phase, phases, String.format(format, args));
    }

    public synchronized void note(String format, Object... args) {
        endBar();
        out.printf("      %s%n", String.format(format, args));
    }

    /** Redraws the bar in place, throttled; cheap enough to call on every answer. */
    public synchronized void bar(String label, long done, long total, String detail) {
        long now = System.nanoTime();
        // On a terminal the bar redraws in place; in a log file each redraw is more text, so fewer.
        long every = System.console() == null ? 5_000_000_000L : 200_000_000L;
        if (done < total && barShown && now - lastDrawn < every) {
            return;
        }
        lastDrawn = now;
        int width = 30;
        int filled = total <= 0 ? width : (int) Math.min(width, done * width / total);
        out.print("\r      " + label + " [" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/"
                + total + (detail.isEmpty() ? "" : ", " + detail) + "   ");
        barShown = true;
    }

    public synchronized void endBar() {
        if (barShown) {
            out.println();
            barShown = false;
        }
    }
}
