package org.communskg.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.communskg.importer.extract.Extractor;
import org.communskg.importer.extract.eval.GoldScorer;
import org.communskg.importer.extract.eval.IdentityScorer;
import org.communskg.importer.extract.eval.ScoreReport;
import org.communskg.model.Iris;
import org.communskg.store.Tdb2GraphStore;

/**
 * Scores the importer against gold files: the whole pipeline (extraction, corrections,
 * cross-article resolution) runs into a throw-away in-memory store, articles in the order given,
 * and each article's facts are scored as GOLD-FORMAT.md says, plus cross-article identity.
 *
 * <pre>{@code
 * EvalReport r = Evaluation.builder().extractor(extractor).goldDir(Path.of("gold")).build()
 *         .run(List.of("articles/"));
 * System.out.println(r.text());
 * }</pre>
 */
public final class Evaluation {
    /** The category name of cross-article identity in reports. */
    public static final String IDENTITY = "identity";

    private final Extractor extractor;
    private final Corrections corrections;
    private final Map<String, JsonObject> gold;

    private Evaluation(Extractor extractor, Corrections corrections, Map<String, JsonObject> gold) {
        this.extractor = extractor;
        this.corrections = corrections;
        this.gold = gold;
    }

    /** An evaluation against the {@code *.gold.json} files of a folder, keyed by their {@code article} field. */
    public static Evaluation of(Extractor extractor, Corrections corrections, Path goldDir) {
        Map<String, JsonObject> gold = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
                JsonObject o = JSON.read(f.toString());
                JsonValue article = o.get("article");
                String key = article != null && article.isString() ? article.getAsString().value()
                        : f.getFileName().toString().replace(".gold.json", "");
                gold.put(baseName(key), o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gold folder " + goldDir, e);
        }
        return new Evaluation(extractor, corrections, gold);
    }

    public EvalReport run(List<String> sources) {
        ScoreReport total = ScoreReport.empty();
        IdentityScorer identity = new IdentityScorer();
        Map<String, ScoreReport> perArticle = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            Importer importer = Importer.builder().store(store).extractor(extractor).corrections(corrections)
                    .iris(Iris.under("http://localhost:7070/id/")).build();
            ArticleSources.Expansion expansion = ArticleSources.expand(sources);
            expansion.failures().forEach(f -> skipped.add(f.getMessage()));
            for (String source : expansion.sources()) {
                JsonObject g = gold.get(baseName(source));
                if (g == null) {
                    skipped.add(source + ": no gold file");
                    continue;
                }
                Article article = ArticleSources.load(source);
                Importer.Imported done = importer.importArticle(article);
                ScoreReport r = MissContext.withSentences(new GoldScorer().score(g, done.extraction()), article);
                perArticle.put(source, r);
                total = total.plus(r);
                identity.add(source, g, done.graph());
            }
        }
        Map<String, org.communskg.importer.extract.eval.Counts> withIdentity = new LinkedHashMap<>(total.categories());
        withIdentity.put(IDENTITY, identity.score());
        return new EvalReport(new ScoreReport(withIdentity), perArticle, skipped);
    }

    /** "dir/seed-article.md" and "seed-article.html" both give "seed-article". */
    static String baseName(String path) {
        String name = path.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
