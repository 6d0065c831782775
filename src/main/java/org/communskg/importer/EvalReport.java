package org.communskg.importer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.communskg.importer.extract.eval.Counts;
import org.communskg.importer.extract.eval.GoldScorer;
import org.communskg.importer.extract.eval.ScoreReport;

/**
 * The outcome of an {@link Evaluation}: micro-averaged scores per category, cross-article
 * identity, the per-article scores, and the sources that had no gold file.
 */
public record EvalReport(ScoreReport total, Map<String, ScoreReport> articles, List<String> skipped) {

    public EvalReport {
        articles = Map.copyOf(articles);
        skipped = List.copyOf(skipped);
    }

    private static List<String> categories() {
        List<String> c = new java.util.ArrayList<>(GoldScorer.CATEGORIES);
        c.add(Evaluation.IDENTITY);
        return c;
    }

    /** A table of precision, recall and F1, then misses and false positives. */
    public String text() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-14s %9s %9s %9s %6s %6s %6s%n",
                "category", "precision", "recall", "F1", "tp", "fp", "fn"));
        for (String c : categories()) {
            Counts n = total.get(c);
            b.append(String.format(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %6d %6d %6d%n", c, n.precision(), n.recall(),
                    n.f1(), n.tp(), n.fp(), n.fn()));
        }
        b.append(String.format("%d article(s) scored%n", articles.size()));
        skipped.forEach(s -> b.append("skipped ").append(s).append('\n'));
        for (String c : categories()) {
            total.get(c).misses().forEach(m -> b.append("MISS ").append(c).append(": ").append(m).append('\n'));
            total.get(c).falsePositives().forEach(m -> b.append("FP   ").append(c).append(": ").append(m).append('\n'));
        }
        return b.toString();
    }

    /** The same, machine-readable. */
    public JsonObject json() {
        JsonObject root = new JsonObject();
        JsonObject scores = new JsonObject();
        for (String c : categories()) {
            scores.put(c, counts(total.get(c)));
        }
        root.put("scores", scores);
        JsonObject per = new JsonObject();
        articles.forEach((article, r) -> {
            JsonObject o = new JsonObject();
            GoldScorer.CATEGORIES.forEach(c -> o.put(c, counts(r.get(c))));
            per.put(article, o);
        });
        root.put("articles", per);
        root.put("skipped", array(skipped));
        return root;
    }

    private static JsonObject counts(Counts n) {
        JsonObject o = new JsonObject();
        o.put("precision", JsonNumber.value(round(n.precision())));
        o.put("recall", JsonNumber.value(round(n.recall())));
        o.put("f1", JsonNumber.value(round(n.f1())));
        o.put("tp", n.tp());
        o.put("fp", n.fp());
        o.put("fn", n.fn());
        o.put("misses", array(n.misses()));
        o.put("falsePositives", array(n.falsePositives()));
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static JsonArray array(List<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }
}
