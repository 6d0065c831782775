package org.communskg.importer.extract.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * True positives, false positives and false negatives of one category, with the items behind
 * them. Counts add up, so scores over several articles are micro-averaged with {@link #plus}.
 *
 * @param tp             matched items
 * @param fp             extracted items with no gold counterpart
 * @param fn             gold items not extracted
 * @param misses         descriptions of the gold items missed
 * @param falsePositives descriptions of the extracted items with no gold counterpart, with sentence
 */
public record Counts(int tp, int fp, int fn, List<String> misses, List<String> falsePositives) {

    public Counts {
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }

    public static Counts zero() {
        return new Counts(0, 0, 0, List.of(), List.of());
    }

    /** Sum of two counts (micro-averaging). */
    public Counts plus(Counts o) {
        List<String> m = new ArrayList<>(misses);
        m.addAll(o.misses);
        List<String> f = new ArrayList<>(falsePositives);
        f.addAll(o.falsePositives);
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, m, f);
    }

    /** Share of extracted items that are right; 1 when nothing was extracted. */
    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    /** Share of gold items found; 1 when the gold has none. */
    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
                precision(), recall(), f1(), tp, fp, fn);
    }
}
