package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.store.NamedQueries;
import org.communskg.store.NamedQueries.NamedQuery;
import org.communskg.store.Sparql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every query of queries/ runs on the imported seed and gives the answer a reader of the seed expects. */
class NamedQueriesIT {
    @TempDir
    static Path folder;
    static App app;

    @BeforeAll
    static void seed() {
        app = Seeded.withSeed(folder);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    /** What each query must answer on the seed: one check per file, so a new query needs a new check. */
    static final Map<String, Consumer<List<Map<String, String>>>> EXPECTED = Map.ofEntries(
            Map.entry("speakers-by-event", rows -> {
                assertThat(rows).anyMatch(r -> r.get("personName").equals("Emmanuel Porte") && r.get("capacity").equals("speaker")
                        && r.get("eventName").equals("NEC ESS Europe"));
                assertThat(rows).anyMatch(r -> r.get("personName").equals("Jacques-François Marchandise")
                        && r.get("capacity").equals("moderator"));
                assertThat(rows).noneMatch(r -> r.get("personName").equals("Jeanne Bretécher"));
                // Each row is a fact of the graph: the person speaks at (or moderates) that part, or the event itself.
                assertThat(rows).allMatch(NamedQueriesIT::statedInTheGraph);
            }),
            Map.entry("roles-of-person", rows -> {
                assertThat(rows).anyMatch(r -> r.get("personName").equals("Rémi Gerbet") && r.get("role").equals("directeur")
                        && r.get("organizationName").equals("Wikimédia France"));
                assertThat(rows).anyMatch(r -> r.get("personName").equals("Vincent Bachelet") && r.get("role").equals("doctorant")
                        && r.get("organizationName") == null);
            }),
            Map.entry("roles-per-organization", rows -> assertThat(rows).anyMatch(r ->
                    r.get("organizationName").equals("Institut national de la jeunesse et de l'éducation populaire")
                            && r.get("personName").equals("Emmanuel Porte") && r.get("articles").equals("1"))),
            Map.entry("events-per-organizer", rows -> {
                assertThat(rows).anyMatch(r -> r.get("actorName").equals("Social Good Accelerator")
                        && r.get("capacity").equals("organizer") && r.get("eventName").equals("NEC ESS Europe"));
                assertThat(rows).anyMatch(r -> r.get("actorName").equals("Crédit Coopératif") && r.get("capacity").equals("supporter"));
            }),
            Map.entry("co-participation", rows -> {
                assertThat(rows).anyMatch(r -> r.get("aName").equals("Emmanuel Porte") && r.get("bName").equals("Margot Godefroi")
                        || r.get("aName").equals("Margot Godefroi") && r.get("bName").equals("Emmanuel Porte"));
                // 6 people (5 speakers and the moderator) share the event: 15 pairs.
                assertThat(rows).hasSize(15);
            }),
            Map.entry("mentions-with-evidence", rows -> assertThat(rows).anyMatch(r -> r.get("name").equals("Vincent Bachelet")
                    && r.get("sentence") != null && r.get("sentence").contains("doctorant et consultant chez Inno3"))),
            Map.entry("organizations", rows -> {
                assertThat(rows).anyMatch(r -> r.get("name").equals("Social Good Accelerator") && r.get("otherForms").contains("SOGA"));
                assertThat(rows).anyMatch(r -> r.get("name").equals("Commission supérieure du numérique et des postes")
                        && r.get("otherForms").contains("CSNP"));
            }),
            Map.entry("publications", rows -> {
                assertThat(rows).anyMatch(r -> r.get("title").startsWith("Communs numériques")
                        && "Mireille Clapot".equals(r.get("presenterName")));
                assertThat(rows).anyMatch(r -> r.get("title").startsWith("Cahiers de l")
                        && "Institut national de la jeunesse et de l'éducation populaire".equals(r.get("publisherName")));
            }),
            Map.entry("events", rows -> assertThat(rows).anyMatch(r -> r.get("name").equals("NEC ESS Europe")
                    && r.get("date").equals("--11-08") && r.get("organizers").equals("Social Good Accelerator")
                    && r.get("supporters").equals("Crédit Coopératif") && r.get("parts").startsWith("Données d'intérêt général")
                    && r.get("programme").startsWith("Numérique en commun"))),
            Map.entry("facts-to-review", rows -> {
                List<Double> confidences = rows.stream().map(r -> Double.parseDouble(r.get("confidence"))).toList();
                assertThat(confidences).isSorted().allMatch(c -> c >= 0 && c <= 1);
                assertThat(rows).allMatch(r -> r.get("sentence") != null && !r.get("sentence").isBlank());
                assertThat(rows).anyMatch(r -> r.get("type").endsWith("Membership"));
            }),
            Map.entry("articles", rows -> assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.get("publisherName")).isEqualTo("Conseil national du numérique");
                assertThat(r.get("persons")).isEqualTo("7");
            })));

    /** Whether the graph says the row's person speaks at (or moderates) the row's session. */
    static boolean statedInTheGraph(Map<String, String> row) {
        String session = row.get("part") != null ? row.get("part") : row.get("event");
        String property = row.get("capacity").equals("speaker") ? "<http://schema.org/performer>"
                : "<https://w3id.org/communs-kg/ns#moderator>";
        String part = row.get("part") == null ? "" : "<" + row.get("event") + "> <http://schema.org/subEvent> <" + session + "> . ";
        return app.store().query(Sparql.parse("ASK { " + part + "<" + session + "> " + property + " ?p . ?p "
                + "<http://xmlns.com/foaf/0.1/name> \"" + row.get("personName").replace("\"", "\\\"") + "\" }"), qe -> qe.execAsk());
    }

    static List<Map<String, String>> run(NamedQuery q) {
        Query query = Sparql.parse(q.text());
        return app.store().query(query, qe -> {
            List<Map<String, String>> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                Map<String, String> row = new HashMap<>();
                s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                rows.add(row);
            });
            return rows;
        });
    }

    @Test
    void every_named_query_has_a_header_and_an_expected_answer() throws IOException {
        NamedQueries queries = NamedQueries.fromFolder(Seeded.ROOT.resolve("queries"));
        assertThat(queries.all()).hasSizeGreaterThanOrEqualTo(8);
        for (NamedQuery q : queries.all()) {
            assertThat(q.text()).as(q.name()).startsWith("#");
            assertThat(EXPECTED).as("a check for " + q.name()).containsKey(q.name());
        }
    }

    @Test
    void every_named_query_answers_correctly_on_the_seed() throws IOException {
        for (NamedQuery q : NamedQueries.fromFolder(Seeded.ROOT.resolve("queries")).all()) {
            List<Map<String, String>> rows = run(q);
            assertThat(rows).as(q.name() + " is not empty").isNotEmpty();
            EXPECTED.get(q.name()).accept(rows);
        }
    }

    @Test
    void the_bundled_queries_are_the_ones_of_the_queries_folder() throws IOException {
        assertThat(NamedQueries.bundled().all()).extracting(NamedQuery::name)
                .isEqualTo(NamedQueries.fromFolder(Seeded.ROOT.resolve("queries")).all().stream().map(NamedQuery::name).toList());
    }
}
