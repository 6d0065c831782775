package org.communskg.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies and errors per kind of request, recorded by many client threads, summed up as a Markdown table. */
final class LatencyReport {
    private final Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstError = new ConcurrentHashMap<>();

    void ok(String kind, long nanos) {
        micros.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos / 1_000);
    }

    void error(String kind, long nanos, String what) {
        ok(kind, nanos);
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        firstError.putIfAbsent(kind, what);
    }

    long requests() {
        return micros.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    long errors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    Map<String, String> firstErrors() {
        return new TreeMap<>(firstError);
    }

    /** One row per kind, then all together: count, rate, p50/p95/p99/max in milliseconds, errors. */
    String table(double seconds) {
        StringBuilder b = new StringBuilder("| request | count | per second | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | errors |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        new TreeMap<>(micros).forEach((kind, values) -> b.append(row(kind, values.stream().mapToLong(Long::longValue)
                .toArray(), seconds, errors.getOrDefault(kind, new AtomicLong()).get())));
        long[] all = micros.values().stream().flatMap(ConcurrentLinkedQueue::stream).mapToLong(Long::longValue).toArray();
        b.append(row("**all**", all, seconds, errors()));
        return b.toString();
    }

    private static String row(String kind, long[] values, double seconds, long errors) {
        Arrays.sort(values);
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n", kind, values.length,
                values.length / seconds, pct(values, 50), pct(values, 95), pct(values, 99),
                values.length == 0 ? 0 : values[values.length - 1] / 1000.0, errors);
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }
}
