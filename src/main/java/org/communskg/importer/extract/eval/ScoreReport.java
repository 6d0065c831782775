package org.communskg.importer.extract.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores per category ("persons", "organizations", "roles", "events", "event-links",
 * "publications"). New categories (cross-article identity, computed elsewhere) are just new keys.
 *
 * <pre>{@code
 * ScoreReport total = ScoreReport.empty();
 * for (...) total = total.plus(scorer.score(gold, extraction));
 * System.out.println(total.summary());
 * }</pre>
 */
public record ScoreReport(Map<String, Counts> categories) {

    public ScoreReport {
        categories = Map.copyOf(new LinkedHashMap<>(categories));
    }

    public static ScoreReport empty() {
        return new ScoreReport(Map.of());
    }

    /** The counts of a category, zero when absent. */
    public Counts get(String category) {
        return categories.getOrDefault(category, Counts.zero());
    }

    /** Adds another report category by category (micro-averaging over articles). */
    public ScoreReport plus(ScoreReport other) {
        Map<String, Counts> sum = new LinkedHashMap<>(categories);
        other.categories.forEach((k, v) -> sum.merge(k, v, Counts::plus));
        return new ScoreReport(sum);
    }

    /** One line per category, in a stable order, then misses and false positives. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (String c : GoldScorer.CATEGORIES) {
            sb.append(String.format("%-14s %s%n", c, get(c)));
        }
        categories.keySet().stream().filter(k -> !GoldScorer.CATEGORIES.contains(k)).sorted()
                .forEach(k -> sb.append(String.format("%-14s %s%n", k, get(k))));
        return sb.toString();
    }

    /** Misses and false positives of every category, for debugging. */
    public String details() {
        StringBuilder sb = new StringBuilder();
        categories.keySet().stream().sorted().forEach(k -> {
            get(k).misses().forEach(m -> sb.append("  MISS ").append(k).append(": ").append(m).append('\n'));
            get(k).falsePositives().forEach(m -> sb.append("  FP   ").append(k).append(": ").append(m).append('\n'));
        });
        return sb.toString();
    }
}
