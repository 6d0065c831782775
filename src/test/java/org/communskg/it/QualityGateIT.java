package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.importer.ImportListener;
import org.communskg.importer.ImportSummary;
import org.communskg.model.Vocab;
import org.communskg.publish.QualityGate;
import org.communskg.publish.ValidationFailedException;
import org.communskg.publish.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SHACL gate on real TDB2 stores: the bundled articles pass, broken facts are caught. */
class QualityGateIT {
    static final Node ARTICLE = NodeFactory.createURI(Seeded.BASE + "article/bad");
    static final Node MEMBERSHIP = NodeFactory.createURI(Seeded.BASE + "membership/x--y");

    @TempDir
    Path work;

    @Test
    void the_bundled_articles_import_clean() {
        try (App app = Seeded.app(work)) {
            ImportSummary s = app.importer().importAll(List.of(Seeded.ROOT.resolve("data/articles").toString()),
                    ImportListener.NONE);
            assertThat(s.failures()).isEmpty();
            assertThat(QualityGate.bundled().check(app.store())).isEmpty();
        }
    }

    @Test
    void a_membership_without_evidence_and_with_confidence_out_of_range_is_caught() {
        try (App app = Seeded.withSeed(work)) {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(MEMBERSHIP, Vocab.TYPE, Vocab.ORG_MEMBERSHIP);
            g.add(MEMBERSHIP, Vocab.ORG_MEMBER, NodeFactory.createURI(Seeded.BASE + "person/x"));
            g.add(MEMBERSHIP, Vocab.PROV_WAS_DERIVED_FROM, ARTICLE);
            g.add(MEMBERSHIP, Vocab.CKG_CONFIDENCE, NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdecimal));
            app.store().replaceGraph(ARTICLE, g);
            List<Violation> v = QualityGate.bundled().check(app.store());
            assertThat(v).extracting(Violation::focus).containsOnly("<" + MEMBERSHIP.getURI() + ">");
            assertThat(v).extracting(Violation::path)
                    .containsExactlyInAnyOrder("<" + Vocab.CKG + "confidence>", "<" + Vocab.CKG + "evidence>");
            assertThatThrownBy(() -> QualityGate.bundled().require(app.store()))
                    .isInstanceOf(ValidationFailedException.class).hasMessageContaining("2 SHACL violation(s)");
        }
    }

    @Test
    void an_article_without_language_and_an_event_without_provenance_are_caught() {
        try (App app = Seeded.app(work)) {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(ARTICLE, Vocab.TYPE, Vocab.SCHEMA_NEWS_ARTICLE);
            g.add(ARTICLE, Vocab.SCHEMA_HEADLINE, NodeFactory.createLiteralString("Titre"));
            Node event = NodeFactory.createURI(Seeded.BASE + "event/e");
            g.add(event, Vocab.TYPE, Vocab.SCHEMA_EVENT);
            g.add(event, Vocab.SCHEMA_NAME, NodeFactory.createLiteralString("E"));
            app.store().replaceGraph(ARTICLE, g);
            assertThat(QualityGate.bundled().check(app.store())).extracting(Violation::message)
                    .containsExactlyInAnyOrder("An article needs its language (schema:inLanguage).",
                            "An event needs the article it was derived from (prov:wasDerivedFrom).");
            // Deleting the graph leaves nothing to complain about.
            app.store().deleteGraph(ARTICLE);
            assertThat(QualityGate.bundled().check(app.store())).isEmpty();
        }
    }
}
