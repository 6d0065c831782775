package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.communskg.importer.Article;
import org.communskg.importer.Corrections;
import org.communskg.importer.Importer;
import org.communskg.importer.extract.Authority;
import org.communskg.importer.extract.RuleBasedExtractor;
import org.communskg.model.Iris;
import org.communskg.store.Sparql;
import org.communskg.store.Tdb2GraphStore;
import org.junit.jupiter.api.Test;

/** A person whose organization changed between two invented articles: one IRI, each article's role kept. */
class PersonMovesIT {
    private static final String ROLES = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?p ?label { ?m org:member ?p ; org:organization ?o . ?p foaf:name "Sarah Quentel" .
              ?o skos:prefLabel ?label } ORDER BY ?label""";

    @Test
    void a_person_who_changed_organization_keeps_one_iri_and_both_roles() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            Importer importer = Importer.builder().store(store).extractor(new RuleBasedExtractor(Authority.bundled()))
                    .corrections(Corrections.none()).iris(Iris.under("http://localhost:7070/id/")).build();
            importer.importArticle(article("a.md", "2025-03-02",
                    "Sarah Quentel, chargée de mission à la Fédération des Fablabs Normands, a présenté le bilan de l'année."));
            importer.importArticle(article("b.md", "2026-01-15",
                    "Sarah Quentel, directrice de la Coopérative Brisants, a ouvert la journée devant deux cents participants."));
            List<String> persons = new ArrayList<>();
            List<String> orgs = new ArrayList<>();
            store.query(Sparql.parse(ROLES), qe -> {
                qe.execSelect().forEachRemaining((QuerySolution row) -> {
                    persons.add(row.getResource("p").getURI());
                    orgs.add(row.getLiteral("label").getLexicalForm());
                });
                return null;
            });
            assertThat(persons).containsOnly("http://localhost:7070/id/person/sarah-quentel");
            assertThat(orgs).containsExactly("Coopérative Brisants", "Fédération des Fablabs Normands");
        }
    }

    private static Article article(String source, String date, String paragraph) {
        return new Article(source, null, "Actualité", null, date, "fr", null, List.of(paragraph));
    }
}
