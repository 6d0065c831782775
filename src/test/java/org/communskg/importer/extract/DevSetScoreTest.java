package org.communskg.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.communskg.importer.Article;
import org.communskg.importer.ArticleSources;
import org.communskg.importer.extract.eval.GoldScorer;
import org.communskg.importer.extract.eval.ScoreReport;
import org.junit.jupiter.api.Test;

/** Scores the extractor on the invented dev set and on the seed article, against the targets. */
class DevSetScoreTest {
    private static final Path DEVSET = Path.of("src/test/resources/devset");
    /** Written by someone else, not tuned on: scored and printed, held to the same targets. */
    private static final Path DEVSET2 = Path.of("src/test/resources/devset2");
    /** By a third author (a regional daily, an association's press release, an agency's call for projects). */
    private static final Path DEVSET3 = Path.of("src/test/resources/devset3");
    /**
     * By a fourth author, ten articles in genres the rules had not met (agenda page, newsletter,
     * interview, local daily, English blog posts). Held to the scores reached after one round of
     * fixes, not to the targets: its first-pass figures are in its README.
     */
    private static final Path DEVSET4 = Path.of("src/test/resources/devset4");
    private static final Path SEED = Path.of("data/articles/seed-article.md");
    private static final Path SEED_GOLD = Path.of("src/test/resources/seed/seed-article.gold.json");

    private final RuleBasedExtractor extractor = new RuleBasedExtractor(Authority.bundled());
    private final GoldScorer scorer = new GoldScorer();

    @Test
    void dev_set_meets_the_targets() throws IOException {
        ScoreReport total = ScoreReport.empty();
        List<Path> articles;
        try (Stream<Path> files = Files.list(DEVSET)) {
            articles = files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> Files.exists(Path.of(p.toString().replace(".md", ".gold.json")))).sorted().toList();
        }
        for (Path md : articles) {
            ScoreReport r = score(md, Path.of(md.toString().replace(".md", ".gold.json")));
            total = total.plus(r);
        }
        System.out.println("== dev set (" + articles.size() + " articles)\n" + total.summary() + total.details());
        assertTargets(total);
    }

    @Test
    void second_dev_set_meets_the_targets() throws IOException {
        scoreForeignSet(DEVSET2, "dev set 2");
    }

    @Test
    void third_dev_set_meets_the_targets() throws IOException {
        scoreForeignSet(DEVSET3, "dev set 3");
    }

    @Test
    void fourth_dev_set_keeps_the_scores_reached() throws IOException {
        ScoreReport r = foreignSet(DEVSET4, "dev set 4");
        assertThat(r.get("persons").f1()).as("persons F1").isGreaterThanOrEqualTo(0.98);
        assertThat(r.get("organizations").f1()).as("organizations F1").isGreaterThanOrEqualTo(0.90);
        assertThat(r.get("roles").f1()).as("roles F1").isGreaterThanOrEqualTo(0.88);
        assertThat(r.get("roles").precision()).as("roles precision").isGreaterThanOrEqualTo(0.91);
        assertThat(r.get("events").f1()).as("events F1").isGreaterThanOrEqualTo(0.84);
        assertThat(r.get("event-links").f1()).as("event links F1").isGreaterThanOrEqualTo(0.86);
        assertThat(r.get("event-links").precision()).as("event links precision").isGreaterThanOrEqualTo(0.98);
        assertThat(r.get("publications").f1()).as("publications F1").isGreaterThanOrEqualTo(0.90);
    }

    private void scoreForeignSet(Path dir, String label) throws IOException {
        assertTargets(foreignSet(dir, label));
    }

    /** A set written by another author: its gold is read as is, and each article may be .md or another format. */
    private ScoreReport foreignSet(Path dir, String label) throws IOException {
        ScoreReport total = ScoreReport.empty();
        List<Path> golds;
        try (Stream<Path> files = Files.list(dir)) {
            golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path gold : golds) {
            String stem = gold.getFileName().toString().replace(".gold.json", "");
            try (Stream<Path> files = Files.list(dir)) {
                Path article = files.filter(p -> p.getFileName().toString().startsWith(stem + ".")
                        && !p.toString().endsWith(".json")).findFirst().orElseThrow();
                total = total.plus(scorer.score(gold, extractor.extract(ArticleSources.load(article.toString()))));
            }
        }
        System.out.println("== " + label + " (" + golds.size() + " articles)\n" + total.summary() + total.details());
        return total;
    }

    @Test
    void seed_article_meets_the_targets() {
        ScoreReport r = score(SEED, SEED_GOLD);
        System.out.println("== seed article\n" + r.summary() + r.details());
        assertTargets(r);
    }

    private ScoreReport score(Path md, Path gold) {
        Article a = MarkdownArticles.read(md);
        return scorer.score(gold, extractor.extract(a));
    }

    private static void assertTargets(ScoreReport r) {
        assertThat(r.get("persons").f1()).as("persons F1").isGreaterThanOrEqualTo(0.90);
        assertThat(r.get("organizations").f1()).as("organizations F1").isGreaterThanOrEqualTo(0.85);
        assertThat(r.get("roles").f1()).as("roles F1").isGreaterThanOrEqualTo(0.75);
        assertThat(r.get("events").f1()).as("events F1").isGreaterThanOrEqualTo(0.75);
        assertThat(r.get("event-links").f1()).as("event links F1").isGreaterThanOrEqualTo(0.70);
    }
}
