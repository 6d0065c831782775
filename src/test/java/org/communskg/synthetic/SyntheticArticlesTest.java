package org.communskg.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communskg.App;
import org.communskg.Settings;
import org.communskg.importer.ImportListener;
import org.communskg.importer.ImportSummary;
import org.communskg.importer.Importer;
import org.communskg.model.Iris;
import org.communskg.store.Sparql;
import org.communskg.store.Tdb2GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticArticlesTest {
    @TempDir
    Path work;

    @Test
    void synthetic_articles_import_with_their_persons_roles_and_events() throws Exception {
        SyntheticArticles.seeded(1).writeTo(work, 20, n -> { });
        try (var files = Files.list(work)) {
            assertThat(files.filter(f -> f.toString().endsWith(".md")).count()).isEqualTo(20);
        }
        String first = Files.readString(work.resolve("synthetic-0.md"));
        assertThat(first).startsWith("---\ntitle: ").contains("language: fr").doesNotContain("{p1}", "{o1}", "{e}");
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            Importer importer = Importer.builder().store(store).extractor(App.extractor(Settings.defaults()))
                    .iris(Iris.under("http://kg.test/id/")).build();
            ImportSummary summary = importer.importAll(List.of(work.toString()), ImportListener.NONE);
            assertThat(summary.failures()).isEmpty();
            assertThat(summary.imported()).hasSize(20);
            long persons = store.query(Sparql.parse("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <http://xmlns.com/foaf/0.1/Person> }"),
                    qe -> qe.execSelect().next().getLiteral("n").getLong());
            long memberships = store.query(Sparql.parse("SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a <http://www.w3.org/ns/org#Membership> }"),
                    qe -> qe.execSelect().next().getLiteral("n").getLong());
            long events = store.query(Sparql.parse("SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a <http://schema.org/Event> }"),
                    qe -> qe.execSelect().next().getLiteral("n").getLong());
            // 20 articles draw their persons from a pool of 13: most of the pool is found.
            assertThat(persons).isGreaterThanOrEqualTo(10);
            assertThat(memberships).isGreaterThan(10);
            assertThat(events).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void the_same_seed_writes_the_same_articles() throws Exception {
        SyntheticArticles.seeded(4).writeTo(work.resolve("a"), 3, n -> { });
        SyntheticArticles.seeded(4).writeTo(work.resolve("b"), 3, n -> { });
        assertThat(Files.readString(work.resolve("a/synthetic-2.md"))).isEqualTo(Files.readString(work.resolve("b/synthetic-2.md")));
    }
}
