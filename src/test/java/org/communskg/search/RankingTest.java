package org.communskg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.communskg.model.Vocab;
import org.junit.jupiter.api.Test;

class RankingTest {
    static final Node ORG = NodeFactory.createURI("http://ex.org/organization/injep");
    static final Node PERSON = NodeFactory.createURI("http://ex.org/person/emmanuel-porte");
    static final Node ARTICLE = NodeFactory.createURI("http://ex.org/article/a");

    @Test
    void a_name_outranks_a_sentence_with_the_same_score() {
        List<SearchHit> hits = Ranking.rank("jeunesse", List.of(
                new Match(PERSON, Kind.PERSON, Vocab.CKG_EVIDENCE, "la jeunesse", 2.0),
                new Match(ORG, Kind.ORGANIZATION, Vocab.SKOS_PREF_LABEL, "Institut de la jeunesse", 2.0)), Map.of(), 10);
        assertThat(hits).extracting(SearchHit::iri).containsExactly(ORG, PERSON);
    }

    @Test
    void a_title_outranks_a_sentence() {
        List<SearchHit> hits = Ranking.rank("données", List.of(
                new Match(PERSON, Kind.PERSON, Vocab.CKG_EVIDENCE, "des données", 1.0),
                new Match(ARTICLE, Kind.ARTICLE, Vocab.SCHEMA_HEADLINE, "Les données", 1.0)), Map.of(), 10);
        assertThat(hits).extracting(SearchHit::iri).containsExactly(ARTICLE, PERSON);
    }

    @Test
    void the_exact_name_typed_wins_over_a_better_scored_sentence() {
        List<SearchHit> hits = Ranking.rank("INJEP", List.of(
                new Match(PERSON, Kind.PERSON, Vocab.CKG_EVIDENCE, "chargé d'études à l'INJEP", 5.0),
                new Match(ORG, Kind.ORGANIZATION, Vocab.SKOS_ALT_LABEL, "\uE000INJEP\uE001", 1.0)), Map.of(), 10);
        assertThat(hits).extracting(SearchHit::iri).containsExactly(ORG, PERSON);
        assertThat(hits.get(0).score()).isEqualTo(Ranking.NAME_WEIGHT * Ranking.EXACT_BONUS);
    }

    @Test
    void an_entity_matched_several_times_is_one_result_ranked_by_its_best_match_with_a_sentence_as_snippet() {
        List<SearchHit> hits = Ranking.rank("porte", List.of(
                new Match(PERSON, Kind.PERSON, Vocab.FOAF_NAME, "Emmanuel \uE000Porte\uE001", 2.0),
                new Match(PERSON, Kind.PERSON, Vocab.CKG_EVIDENCE, "Emmanuel \uE000Porte\uE001 a présenté", 1.0),
                new Match(ORG, Kind.ORGANIZATION, Vocab.CKG_EVIDENCE, "porte", 1.5)),
                Map.of(PERSON, "Emmanuel Porte"), 10);
        assertThat(hits).extracting(SearchHit::iri).containsExactly(PERSON, ORG);
        assertThat(hits.get(0).score()).isEqualTo(2.0 * Ranking.NAME_WEIGHT);
        assertThat(hits.get(0).label()).isEqualTo("Emmanuel Porte");
        assertThat(hits.get(0).plainSnippet()).isEqualTo("Emmanuel Porte a présenté");
    }

    @Test
    void ties_go_to_more_matches_then_to_the_name_and_the_limit_holds() {
        Node b = NodeFactory.createURI("http://ex.org/b");
        Node a = NodeFactory.createURI("http://ex.org/a");
        List<SearchHit> hits = Ranking.rank("x", List.of(
                new Match(b, Kind.PERSON, Vocab.CKG_EVIDENCE, "x", 1.0),
                new Match(a, Kind.PERSON, Vocab.CKG_EVIDENCE, "x", 1.0),
                new Match(ORG, Kind.ORGANIZATION, Vocab.CKG_EVIDENCE, "x", 1.0),
                new Match(ORG, Kind.ORGANIZATION, Vocab.CKG_EVIDENCE, "x y", 0.5)),
                Map.of(a, "Alpha", b, "Beta", ORG, "Zeta"), 2);
        assertThat(hits).extracting(SearchHit::iri).containsExactly(ORG, a);
    }
}
