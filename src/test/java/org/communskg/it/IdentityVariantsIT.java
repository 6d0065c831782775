package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.communskg.Seeded;
import org.communskg.importer.ArticleSources;
import org.communskg.importer.Corrections;
import org.communskg.importer.EvalReport;
import org.communskg.importer.Evaluation;
import org.communskg.importer.Importer;
import org.communskg.importer.extract.Authority;
import org.communskg.importer.extract.RuleBasedExtractor;
import org.communskg.importer.extract.eval.Counts;
import org.communskg.model.Iris;
import org.communskg.store.Tdb2GraphStore;
import org.junit.jupiter.api.Test;

/** One entity named differently across invented articles gets one IRI; look-alikes keep two. */
class IdentityVariantsIT {
    private static final Path DIR = Seeded.ROOT.resolve("src/test/resources/identity-variants");
    private static final Node PREF_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");

    @Test
    void other_languages_councils_acronyms_and_initials_link_across_articles() {
        EvalReport r = EvaluationIT.evaluation(DIR).run(List.of(DIR.toString()));
        Counts identity = r.total().get(Evaluation.IDENTITY);
        assertThat(identity.misses()).noneMatch(m -> m.contains("Lumi") || m.contains("Bretagne")
                || m.contains("Commission") || m.contains("savoirs") || m.contains("Kerbrat") || m.contains("Marchal"));
        // Two known misses: "des Petits Bricoleurs" is labelled "Petits Bricoleurs", too far from the gold's
        // "Les Petits Bricoleurs" for the scorer; the scorer takes the Rennes and Vannes institutes of a7/a8
        // for one entity (its names are 0.93 alike), which the importer rightly keeps apart.
        assertThat(identity.tp()).isGreaterThanOrEqualTo(15);
        assertThat(identity.recall()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void look_alike_organizations_keep_their_own_iris() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            Importer importer = Importer.builder().store(store).extractor(new RuleBasedExtractor(Authority.bundled()))
                    .corrections(Corrections.none()).iris(Iris.under("http://localhost:7070/id/")).build();
            Graph first = importer.importArticle(ArticleSources.load(DIR.resolve("a1.md").toString())).graph();
            Graph rennes1 = importer.importArticle(ArticleSources.load(DIR.resolve("a7.md").toString())).graph();
            Graph rennes2 = importer.importArticle(ArticleSources.load(DIR.resolve("a8.md").toString())).graph();
            for (String name : List.of("Institut des données de Rennes", "Fondation Lumière pour l'enfance", "Conseil régional de Normandie")) {
                assertThat(iris(rennes1, name)).as(name).isNotEmpty();
            }
            assertThat(iris(rennes2, "Institut des données de Vannes")).isNotEmpty();
            assertThat(iris(first, "Fondation Lumière")).isNotEmpty();
            assertThat(iris(first, "Région Bretagne")).isNotEmpty();
            assertThat(iris(rennes1, "Institut des données de Rennes")).doesNotContainAnyElementsOf(iris(rennes2, "Institut des données de Vannes"));
            assertThat(iris(rennes1, "Fondation Lumière pour l'enfance")).doesNotContainAnyElementsOf(iris(first, "Fondation Lumière"));
            assertThat(iris(rennes1, "Conseil régional de Normandie")).doesNotContainAnyElementsOf(iris(first, "Région Bretagne"));
        }
    }

    private static Set<Node> iris(Graph g, String label) {
        return g.find(Node.ANY, PREF_LABEL, Node.ANY).toList().stream()
                .filter(t -> t.getObject().getLiteralLexicalForm().equals(label)).map(t -> t.getSubject())
                .collect(Collectors.toSet());
    }
}
