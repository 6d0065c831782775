package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.communskg.Seeded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What issue 2 promises about the seed, asked over HTTP as a researcher would. */
class SeedOverHttpIT {
    static final String PREFIXES = """
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            PREFIX ckg: <https://w3id.org/communs-kg/ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    @RegisterExtension
    static final SeededServer SERVER = new SeededServer();

    static List<Map<String, String>> select(String query) {
        HttpResponse<String> r = SERVER.http().post("/sparql", "application/sparql-query", PREFIXES + query,
                "application/sparql-results+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<Map<String, String>> rows = new ArrayList<>();
        ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON)
                .forEachRemaining((QuerySolution s) -> {
                    Map<String, String> row = new java.util.HashMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                            ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                    rows.add(row);
                });
        return rows;
    }

    static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).toList();
    }

    @Test
    void the_seven_persons_are_there() {
        assertThat(column(select("SELECT ?n { ?p a foaf:Person, schema:Person ; foaf:name ?n ; schema:name ?n }"), "n"))
                .containsExactlyInAnyOrder("Jacques-François Marchandise", "Margot Godefroi", "Emmanuel Porte",
                        "Vincent Bachelet", "Rémi Gerbet", "Mireille Clapot", "Jeanne Bretécher");
    }

    @Test
    void roles_are_memberships_with_the_articles_words_and_organizations() {
        List<String> roles = select("""
                SELECT ?p ?r ?o { ?m a org:Membership ; org:member/foaf:name ?p ; org:role/skos:prefLabel ?r ;
                  prov:wasDerivedFrom ?a ; ckg:evidence ?s .
                  OPTIONAL { ?m org:organization/skos:altLabel|org:organization/skos:prefLabel ?o } }""")
                .stream().map(r -> r.get("p") + " | " + r.get("r") + " | " + r.get("o")).toList();
        assertThat(roles).contains(
                "Emmanuel Porte | chargé d'études et de recherche | INJEP",
                "Vincent Bachelet | doctorant | null",
                "Vincent Bachelet | consultant | Inno3",
                "Rémi Gerbet | directeur | Wikimédia France",
                "Mireille Clapot | députée de la Drôme | null",
                "Mireille Clapot | présidente | CSNP",
                "Jacques-François Marchandise | co-fondateur | FING");
    }

    @Test
    void the_ten_organizations_carry_their_acronyms() {
        List<Map<String, String>> rows = select("""
                SELECT ?name (GROUP_CONCAT(?alt; separator="|") AS ?alts) { ?o a org:Organization, schema:Organization ;
                  skos:prefLabel ?name . OPTIONAL { ?o skos:altLabel ?alt } } GROUP BY ?o ?name""");
        List<String> all = rows.stream().map(r -> r.get("name") + "|" + r.getOrDefault("alts", "")).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        for (String expected : List.of("Institut national de la jeunesse et de l'éducation populaire|.*INJEP.*",
                "Social Good Accelerator|.*SOGA.*", "Commission supérieure du numérique et des postes|.*CSNP.*",
                "Conseil national du numérique|.*CNNum.*", "Crédit Coopératif\\|?.*", "Inno3\\|?.*",
                "Wikimédia France\\|?.*", "Le Monde\\|?.*")) {
            assertThat(all).as(expected).anyMatch(s -> s.matches(expected));
        }
        assertThat(all).anyMatch(s -> s.matches("(?i).*\\bANCT\\b.*"));
        assertThat(all).anyMatch(s -> s.matches("(?i).*\\bFING\\b.*"));
        assertThat(all).noneMatch(s -> s.matches("(?i)(Reddit|Wikipédia|X)\\|.*"));
    }

    @Test
    void the_event_has_its_round_table_with_moderator_and_speakers() {
        List<Map<String, String>> event = select("""
                SELECT ?e ?date ?org ?sponsor { ?e a schema:Event ; schema:name "NEC ESS Europe" ; schema:startDate ?date ;
                  schema:organizer/skos:prefLabel ?org ; schema:sponsor/skos:prefLabel ?sponsor }""");
        assertThat(event).singleElement().satisfies(row -> {
            assertThat(row.get("date")).isEqualTo("--11-08");
            assertThat(row.get("org")).isEqualTo("Social Good Accelerator");
            assertThat(row.get("sponsor")).isEqualTo("Crédit Coopératif");
        });
        List<Map<String, String>> part = select("""
                SELECT ?name ?moderator ?speaker { ?e schema:name "NEC ESS Europe" ; schema:subEvent ?part .
                  ?part schema:name ?name ; ckg:moderator/foaf:name ?moderator ; schema:performer/foaf:name ?speaker }""");
        assertThat(column(part, "name")).allMatch(n -> n.startsWith("Données d'intérêt général"));
        assertThat(column(part, "moderator")).containsOnly("Jacques-François Marchandise");
        assertThat(column(part, "speaker")).containsExactlyInAnyOrder("Margot Godefroi", "Emmanuel Porte",
                "Vincent Bachelet", "Rémi Gerbet", "Mireille Clapot");
    }

    @Test
    void the_two_publications_have_their_publishers() {
        List<String> pubs = select("""
                SELECT ?t ?pub { ?w a schema:CreativeWork ; schema:name ?t ; schema:publisher/skos:altLabel ?pub }""")
                .stream().map(r -> r.get("t") + " | " + r.get("pub")).toList();
        assertThat(pubs).anyMatch(s -> s.startsWith("Cahiers de l") && s.endsWith("| INJEP"));
        assertThat(pubs).anyMatch(s -> s.startsWith("Communs numériques : vers un modèle souverain et durable") && s.endsWith("| CSNP"));
    }

    @Test
    void the_article_is_a_news_article_with_its_metadata_in_its_own_graph() {
        List<Map<String, String>> rows = select("""
                SELECT ?g ?url ?title ?lang ?publisher { GRAPH ?g { ?g a schema:NewsArticle ; schema:url ?url ;
                  schema:headline ?title ; schema:inLanguage ?lang ; schema:publisher/skos:prefLabel ?publisher } }""");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("url")).isEqualTo("https://cnnumerique.fr/valoriser-les-donnees-dinteret-general-avec-les-communs-et-less");
            assertThat(row.get("lang")).isEqualTo("fr");
            assertThat(row.get("publisher")).isEqualTo("Conseil national du numérique");
        });
    }

    @Test
    void authority_entities_link_to_wikidata() {
        assertThat(select("""
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?name ?wd { ?o skos:prefLabel ?name ; owl:sameAs ?wd }""")).singleElement().satisfies(row -> {
            assertThat(row.get("name")).isEqualTo("Le Monde");
            assertThat(row.get("wd")).isEqualTo("http://www.wikidata.org/entity/Q12461");
        });
    }
}
