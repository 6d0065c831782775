package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.Settings;
import org.communskg.importer.EvalReport;
import org.communskg.importer.Evaluation;
import org.communskg.importer.extract.eval.Counts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole import pipeline scored against gold files, as {@code communs-kg eval} does. */
class EvaluationIT {
    static final Path SHARED_GOLD = Seeded.ROOT.resolve("../shared/corpus");
    /** Issue 3's targets, F1 per category. */
    static final Map<String, Double> TARGETS = Map.of("persons", 0.90, "organizations", 0.85, "roles", 0.75,
            "events", 0.75, "event-links", 0.70);

    static Evaluation evaluation(Path goldDir) {
        Settings s = Settings.defaults();
        return Evaluation.of(App.extractor(s), App.corrections(s), goldDir);
    }

    @Test
    void the_seed_scores_at_or_above_the_targets() {
        EvalReport r = evaluation(SHARED_GOLD).run(List.of(Seeded.SEED.toString()));
        System.out.println("Seed article:\n" + r.text());
        assertThat(r.articles()).hasSize(1);
        TARGETS.forEach((category, target) -> assertThat(r.total().get(category).f1()).as(category).isGreaterThanOrEqualTo(target));
    }

    @Test
    void the_same_person_and_organization_across_articles_get_one_iri() {
        Path dir = Seeded.ROOT.resolve("src/test/resources/identity");
        EvalReport r = evaluation(dir).run(List.of(dir.resolve("forum-a.md").toString(), dir.resolve("forum-b.md").toString()));
        Counts identity = r.total().get(Evaluation.IDENTITY);
        assertThat(identity.tp() + identity.fn()).as("4 entities named in both articles").isEqualTo(4);
        assertThat(identity.misses()).isEmpty();
        assertThat(identity.recall()).isEqualTo(1.0);
    }

    @Test
    void identity_counts_a_pair_as_missed_when_the_articles_disagree() {
        Path dir = Seeded.ROOT.resolve("src/test/resources/identity");
        // Imported in the other order, with the acronym-only article first: "OCN" alone cannot meet its full name
        // unless the resolver links them; the pair is still scored, whichever way it goes.
        EvalReport r = evaluation(dir).run(List.of(dir.resolve("forum-b.md").toString(), dir.resolve("forum-a.md").toString()));
        Counts identity = r.total().get(Evaluation.IDENTITY);
        assertThat(identity.tp() + identity.fn()).isEqualTo(4);
        assertThat(identity.fn()).isEqualTo(identity.misses().size());
    }

    @Test
    void sources_without_gold_are_listed_and_json_reports_every_category() {
        EvalReport r = evaluation(SHARED_GOLD).run(List.of(Seeded.SEED.toString(),
                Seeded.ROOT.resolve("src/test/resources/identity/forum-a.md").toString()));
        assertThat(r.skipped()).singleElement().asString().contains("forum-a.md: no gold file");
        JsonObject json = JSON.parse(r.json().toString());
        assertThat(json.get("scores").getAsObject().keys()).contains("persons", "organizations", "roles", "events",
                "event-links", "publications", Evaluation.IDENTITY);
        assertThat(json.get("scores").getAsObject().get("persons").getAsObject().get("f1").getAsNumber().value().doubleValue())
                .isEqualTo(r.total().get("persons").f1(), org.assertj.core.data.Offset.offset(1e-4));
    }

    /**
     * A little under what the blind set scored when it was committed (persons 1.00, organizations
     * 0.98, roles 0.83, events 0.78, event links 0.60, identity 0.98): a guard against regressions,
     * not the targets, which event links do not reach on these articles yet.
     */
    static final Map<String, Double> BLIND_FLOORS = Map.of("persons", 0.95, "organizations", 0.93, "roles", 0.78,
            "events", 0.73, "event-links", 0.55, Evaluation.IDENTITY, 0.93);

    /**
     * A second blind set (8 articles by an author who read neither the code nor the other sets),
     * never shown to whoever tuned the rules; scored when committed: persons 0.97, organizations 0.93,
     * roles 0.72, events 0.79, event links 0.81, publications 0.60, identity 0.88. Floors a little
     * under those; roles and identity are under the targets on it.
     */
    static final Map<String, Double> BLIND2_FLOORS = Map.of("persons", 0.93, "organizations", 0.89, "roles", 0.68,
            "events", 0.74, "event-links", 0.76, Evaluation.IDENTITY, 0.83);

    /**
     * A sixth author's set (10 articles, no code read), first pass before round 6: persons 0.97, organizations 0.76,
     * roles 0.52, events 0.43, event links 0.30, identity 0.84; tuned on in round 6: 0.97, 0.87, 0.79, 0.83, 0.74,
     * 0.95. Floors a little under those. Round 8 (roles whose organization is implied, changed or said by a verb):
     * roles 0.86, organizations 0.87, identity 0.96.
     */
    static final Map<String, Double> DEVSET5_FLOORS = Map.of("persons", 0.94, "organizations", 0.84, "roles", 0.83,
            "events", 0.79, "event-links", 0.70, Evaluation.IDENTITY, 0.92);

    /**
     * A third set held out (10 articles by a seventh author who read no code and no other set). First pass, before
     * round 6: persons 0.96, organizations 0.72, roles 0.62, events 0.70, event links 0.38, publications 0.80,
     * identity 0.75; after round 6, still unseen: 0.96, 0.78, 0.64, 0.72, 0.38, 0.80, 0.83. The lead then read its
     * misses and round 7 fixed general causes seen there (invented test sentences first): 0.96, 0.86, 0.72, 0.82,
     * 0.53, 0.80, 0.89. No longer blind; floors a little under the last figures. Round 8 (roles, tuned on its misses
     * too): persons 0.98, organizations 0.91, roles 0.89, identity 0.93.
     */
    static final Map<String, Double> BLIND3_FLOORS = Map.of("persons", 0.95, "organizations", 0.88, "roles", 0.86,
            "events", 0.87, "event-links", 0.82, Evaluation.IDENTITY, 0.90);

    /**
     * A ninth author's set (11 articles): first pass persons 1.00, organizations 0.81, roles 0.69, events 0.50, event
     * links 0.50, identity 0.85; after round 8, still unseen: 1.00, 0.82, 0.73, 0.50, 0.50, 0.87; tuned on in round 9:
     * 1.00, 0.97, 0.91, 0.91, 0.73, 0.96. Floors a little under the last figures.
     */
    static final Map<String, Double> DEVSET6_FLOORS = Map.of("persons", 0.97, "organizations", 0.94, "roles", 0.88,
            "events", 0.88, "event-links", 0.69, Evaluation.IDENTITY, 0.93);

    /**
     * A fourth set held out (12 articles by an eighth author), never shown to whoever tuned rounds 8 and 9: first pass
     * persons 0.99, organizations 0.78, roles 0.58, events 0.61, event links 0.24, identity 0.79; after round 8:
     * 0.99, 0.79, 0.62, 0.61, 0.24, 0.81; after round 9: 0.99, 0.81, 0.64, 0.58, 0.24, 0.82. Then one cause read in
     * its misses (English names through "in the"): events 0.67, event links 0.29. No longer blind; floors under the
     * last figures, to catch regressions only.
     */
    static final Map<String, Double> BLIND4_FLOORS = Map.of("persons", 0.96, "organizations", 0.78, "roles", 0.61,
            "events", 0.64, "event-links", 0.26, Evaluation.IDENTITY, 0.79);

    /** Every dev or held-out set by another author, with its article count and floors (history in each constant). */
    static java.util.stream.Stream<Arguments> setsByOtherAuthors() {
        return java.util.stream.Stream.of(
                Arguments.of("blind", 7, BLIND_FLOORS),
                Arguments.of("blind2", 8, BLIND2_FLOORS),
                Arguments.of("devset5", 10, DEVSET5_FLOORS),
                Arguments.of("blind3", 10, BLIND3_FLOORS),
                Arguments.of("devset6", 11, DEVSET6_FLOORS),
                Arguments.of("blind4", 12, BLIND4_FLOORS));
    }

    @ParameterizedTest(name = "{0} does not regress")
    @MethodSource("setsByOtherAuthors")
    void each_set_by_another_author_holds_its_floors(String set, int articles, Map<String, Double> floors) {
        holdsItsFloors(set, articles, floors);
    }

    /** Scores a held-out set in src/test/resources and holds each category to its floor. */
    static void holdsItsFloors(String set, int articles, Map<String, Double> floors) {
        Path dir = Seeded.ROOT.resolve("src/test/resources").resolve(set);
        EvalReport r = evaluation(dir).run(List.of(dir.toString()));
        // No scores printed: whoever tunes the rules runs this test and must not read the held-out sets' figures.
        assertThat(r.articles()).hasSize(articles);
        floors.forEach((category, floor) -> assertThat(r.total().get(category).f1()).as(set + " " + category)
                .isGreaterThanOrEqualTo(floor));
    }
}
