package org.communskg.importer.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.communskg.importer.extract.EventFact;
import org.communskg.importer.extract.Evidence;
import org.communskg.importer.extract.Extraction;
import org.communskg.importer.extract.OrgMention;
import org.communskg.importer.extract.PersonMention;
import org.communskg.importer.extract.PublicationFact;
import org.communskg.importer.extract.RoleFact;
import org.junit.jupiter.api.Test;

class GoldScorerTest {
    private static final Evidence EV = new Evidence("s", 1.0);

    @Test
    void ratio_agrees_with_python_difflib() {
        // Expected values computed with Python 3: difflib.SequenceMatcher(None, a, b).ratio()
        assertThat(SequenceMatcher.ratio("abcd", "bcde")).isEqualTo(0.75);
        assertThat(SequenceMatcher.ratio("remi gerbet", "remy gerbet")).isCloseTo(0.9090909090909091, within(1e-12));
        assertThat(SequenceMatcher.ratio("private thread", "private volume")).isCloseTo(0.6428571428571429, within(1e-12));
        assertThat(SequenceMatcher.ratio("le conseil", "conseil national du numerique")).isCloseTo(0.358974358974359, within(1e-12));
        assertThat(SequenceMatcher.ratio("commission superieure du numerique et des poste",
                "commission superieure du numerique et des postes")).isCloseTo(0.9894736842105263, within(1e-12));
        assertThat(SequenceMatcher.ratio("", "")).isEqualTo(1.0);
        assertThat(SequenceMatcher.ratio("abc", "")).isEqualTo(0.0);
    }

    @Test
    void ratio_ignores_popular_elements_of_long_strings_like_difflib_autojunk() {
        String a = "x".repeat(150) + "ab".repeat(60);
        String b = "ab".repeat(70) + "y".repeat(100);
        assertThat(SequenceMatcher.ratio(a, b)).isEqualTo(0.0);
    }

    @Test
    void names_match_after_folding_or_by_ratio() {
        assertThat(GoldScorer.sameName("Wikimédia France", "wikimedia  france")).isTrue();
        assertThat(GoldScorer.sameName("l’ESS", "l'ESS")).isTrue();
        assertThat(GoldScorer.sameName("« Données »", "\"Données\"")).isTrue();
        assertThat(GoldScorer.sameName("Rémi Gerbet", "Rémy Gerbet")).isTrue();
        assertThat(GoldScorer.sameName("Le Conseil", "Conseil national du numérique")).isFalse();
    }

    @Test
    void role_words_overlap_by_containment_or_half_the_content_words() {
        assertThat(GoldScorer.roleWordsOverlap("chercheur", "chercheur et professeur des universités")).isTrue();
        assertThat(GoldScorer.roleWordsOverlap("chargée de mission partenariats", "chargée de mission")).isTrue();
        assertThat(GoldScorer.roleWordsOverlap("directeur général délégué", "directeur adjoint")).isTrue();
        assertThat(GoldScorer.roleWordsOverlap("trésorière", "présidente")).isFalse();
    }

    @Test
    void scores_each_category_with_acronyms_resolved_through_organizations() {
        JsonObject gold = JSON.parse("""
            {"persons": [{"name": "Lina Morel", "aliases": [], "roles": [
                {"role": "directrice", "org": "Agence des données ouvertes"},
                {"role": null, "org": "Collectif Brique"}]},
               {"name": "Hugo Valat", "roles": []}],
             "organizations": [{"name": "Agence des données ouvertes", "acronym": "ADO", "aliases": []},
                {"name": "Collectif Brique", "acronym": null, "aliases": []}],
             "events": [{"name": "Forum Brique", "organizers": ["Collectif Brique"], "supporters": [],
                "participants": [], "parts": [{"name": "Atelier cartes", "moderator": "Lina Morel", "speakers": ["Hugo Valat"]}]}],
             "publications": [{"title": "Le guide des cartes", "publisher": "ADO"}]}
            """);
        Extraction x = new Extraction(
                List.of(new PersonMention("Lina Morel", List.of(), EV), new PersonMention("Paris", List.of(), EV)),
                List.of(new OrgMention("ADO", "ADO", List.of(), null, EV),
                        new OrgMention("Collectif Brique", null, List.of(), null, EV)),
                List.of(new RoleFact("Lina Morel", "directrice générale", "ADO", EV),
                        new RoleFact("Lina Morel", "membre", "Collectif Brique", EV)),
                List.of(new EventFact("Forum Brique", null, null, null, null, List.of("Collectif Brique"), List.of(),
                        List.of(), null, null, List.of(), List.of(new EventFact("Atelier cartes", null, null, null, null,
                                List.of(), List.of(), List.of(), null, "Lina Morel", List.of(), List.of(), EV)), EV)),
                List.of(new PublicationFact("Le Guide des cartes", null, "ADO", null, EV)));

        ScoreReport r = new GoldScorer().score(gold, x);

        assertThat(r.get("persons")).extracting(Counts::tp, Counts::fp, Counts::fn).containsExactly(1, 1, 1);
        assertThat(r.get("organizations")).extracting(Counts::tp, Counts::fp, Counts::fn).containsExactly(2, 0, 0);
        assertThat(r.get("roles")).extracting(Counts::tp, Counts::fp, Counts::fn).containsExactly(2, 0, 0);
        assertThat(r.get("events")).extracting(Counts::tp, Counts::fp, Counts::fn).containsExactly(2, 0, 0);
        // Forum: Brique, Morel, Valat (3); Atelier: Morel, Valat (2). Extracted: Forum<-Brique, Forum<-Morel, Atelier<-Morel.
        assertThat(r.get("event-links")).extracting(Counts::tp, Counts::fp, Counts::fn).containsExactly(3, 0, 2);
        assertThat(r.get("publications").tp()).isEqualTo(1);
        assertThat(r.get("persons").misses()).containsExactly("Hugo Valat");
        assertThat(r.get("persons").f1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void reports_add_up_for_micro_averaging() {
        ScoreReport a = new ScoreReport(java.util.Map.of("persons", new Counts(2, 1, 0, List.of(), List.of("x"))));
        ScoreReport b = new ScoreReport(java.util.Map.of("persons", new Counts(1, 0, 2, List.of("y", "z"), List.of())));
        Counts sum = a.plus(b).get("persons");
        assertThat(sum).extracting(Counts::tp, Counts::fp, Counts::fn).containsExactly(3, 1, 2);
        assertThat(sum.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(sum.recall()).isCloseTo(0.6, within(1e-9));
        assertThat(sum.misses()).containsExactly("y", "z");
    }
}
