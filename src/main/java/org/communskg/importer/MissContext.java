package org.communskg.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communskg.importer.extract.eval.Counts;
import org.communskg.importer.extract.eval.ScoreReport;
import org.communskg.importer.extract.text.Fold;
import org.communskg.importer.extract.text.Sentences;

/**
 * Gold items carry no sentence; to make a miss actionable, the evaluation report shows the first
 * sentence of the article that names it (its person, organization or event, in that order).
 */
final class MissContext {
    private MissContext() {
    }

    static ScoreReport withSentences(ScoreReport report, Article article) {
        List<String> sentences = new ArrayList<>();
        article.paragraphs().forEach(p -> sentences.addAll(Sentences.split(p)));
        Map<String, Counts> out = new LinkedHashMap<>();
        report.categories().forEach((category, c) -> out.put(category, new Counts(c.tp(), c.fp(), c.fn(),
                c.misses().stream().map(m -> withSentence(m, sentences)).toList(), c.falsePositives())));
        return new ScoreReport(out);
    }

    /** "Person / role / organization" and "event &lt;- entity" name their parts; the first part found wins. */
    static String withSentence(String miss, List<String> sentences) {
        for (String part : miss.split(" / | <- ")) {
            String key = Fold.fold(part);
            if (key.length() < 3 || key.equals("null")) {
                continue;
            }
            for (String sentence : sentences) {
                if (Fold.fold(sentence).contains(key)) {
                    return miss + " | " + sentence;
                }
            }
        }
        return miss;
    }
}
