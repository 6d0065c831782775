package org.communskg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall times of repeated runs of one thing, in milliseconds: median and p99 (nearest rank). */
final class Latencies {
    private final List<Double> millis = new ArrayList<>();

    void time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        millis.add((System.nanoTime() - start) / 1e6);
    }

    int count() {
        return millis.size();
    }

    double median() {
        return percentile(50);
    }

    /** With fewer than 100 runs this is the slowest run. */
    double p99() {
        return percentile(99);
    }

    private double percentile(int p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
