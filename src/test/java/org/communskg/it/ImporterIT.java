package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.importer.ImportListener;
import org.communskg.importer.ImportResult;
import org.communskg.importer.ImportSummary;
import org.communskg.store.Sparql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import into a TDB2 folder on disk, with the real extractor. */
class ImporterIT {
    @TempDir
    Path folder;
    App app;

    @BeforeEach
    void open() {
        app = Seeded.app(folder);
    }

    @AfterEach
    void close() {
        app.close();
    }

    long count(String projection) {
        return app.store().query(Sparql.parse("SELECT (" + projection + " AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    long quads() {
        return count("COUNT(*)");
    }

    long graphs() {
        return count("COUNT(DISTINCT ?g)");
    }

    ImportSummary importAll(String... sources) {
        return app.importer().importAll(List.of(sources), ImportListener.NONE);
    }

    @Test
    void importing_the_same_file_twice_gives_the_same_triple_count() {
        ImportSummary first = importAll(Seeded.SEED.toString());
        long once = quads();
        ImportSummary second = importAll(Seeded.SEED.toString());
        assertThat(quads()).isEqualTo(once).isEqualTo(first.triples()).isEqualTo(second.triples());
        assertThat(graphs()).isEqualTo(1);
    }

    @Test
    void reimport_replaces_the_article_graph() throws IOException {
        Path article = article("article.md", "https://exemple.org/actu/forum",
                "Lucie Ferrand, directrice de l'Observatoire des communs, a ouvert le forum.");
        importAll(article.toString());
        assertThat(ask("Lucie Ferrand")).isTrue();
        article("article.md", "https://exemple.org/actu/forum",
                "Marc Oudin, directeur de l'Observatoire des communs, a ouvert le forum.");
        importAll(article.toString());
        assertThat(ask("Lucie Ferrand")).as("the old facts are gone").isFalse();
        assertThat(ask("Marc Oudin")).isTrue();
        assertThat(graphs()).isEqualTo(1);
    }

    private boolean ask(String name) {
        return app.store().query(Sparql.parse("ASK { ?p <http://xmlns.com/foaf/0.1/name> \"" + name + "\" }"), qe -> qe.execAsk());
    }

    @Test
    void bad_sources_get_one_line_each_and_the_batch_goes_on() throws IOException {
        Path dir = Files.createDirectories(folder.resolve("batch"));
        Files.writeString(dir.resolve("a-unclosed.md"), "---\ntitle: oops\nLucie Ferrand.\n");
        Files.write(dir.resolve("b-latin1.txt"), "Caf\u00e9 cr\u00e8me".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("c-bad-url.md"), "---\nurl: not a url\n---\nMarc Oudin a parlé.\n");
        Files.writeString(dir.resolve("d-empty.md"), "---\ntitle: vide\n---\n");
        Files.copy(Seeded.SEED, dir.resolve("e-seed.md"));
        List<String> lines = new ArrayList<>();
        ImportSummary summary = app.importer().importAll(List.of(dir.toString(), folder.resolve("missing.md").toString()),
                new ImportListener() {
                    @Override
                    public void imported(ImportResult result) {
                        lines.add("ok " + result.source());
                    }

                    @Override
                    public void failed(String source, String message) {
                        lines.add("failed " + message);
                    }
                });
        assertThat(summary.imported()).extracting(ImportResult::source)
                .containsExactly(dir.resolve("b-latin1.txt").toString(), dir.resolve("e-seed.md").toString());
        assertThat(summary.warnings()).singleElement().asString().contains("b-latin1.txt").contains("Latin-1");
        assertThat(summary.failures()).hasSize(4).allMatch(l -> !l.contains("\n"));
        assertThat(summary.failures()).anyMatch(l -> l.contains("a-unclosed.md") && l.contains("never closed"));
        assertThat(summary.failures()).anyMatch(l -> l.contains("c-bad-url.md") && l.contains("url"));
        assertThat(summary.failures()).anyMatch(l -> l.contains("d-empty.md") && l.contains("no article text"));
        assertThat(summary.failures()).anyMatch(l -> l.contains("missing.md") && l.contains("no such file"));
        assertThat(lines).hasSize(6);
        assertThat(graphs()).as("nothing of the failed sources was written").isEqualTo(2);
    }

    @Test
    void html_files_are_imported_with_their_page_metadata() throws IOException {
        Path page = folder.resolve("page.html");
        Files.copy(Path.of("src/test/resources/articles/opengraph.html"), page);
        ImportSummary summary = importAll(page.toString());
        assertThat(summary.failures()).isEmpty();
        boolean found = app.store().query(Sparql.parse("""
                ASK { GRAPH ?g { ?g <http://schema.org/headline> "Les tiers-lieux s'emparent des communs"@fr ;
                  <http://schema.org/url> <https://exemple.org/actu/tiers-lieux-communs> } }"""), qe -> qe.execAsk());
        assertThat(found).isTrue();
    }

    private Path article(String name, String url, String body) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, "---\nurl: " + url + "\ntitle: " + name + "\n---\n" + body + "\n");
        return file;
    }

    private List<String> select(String query, String var) {
        return app.store().query(Sparql.parse(query), qe -> {
            List<String> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(row -> out.add(row.get(var).isLiteral()
                    ? row.getLiteral(var).getLexicalForm() : row.get(var).toString()));
            return out;
        });
    }

    @Test
    void an_organization_named_without_its_acronym_later_is_the_same_node() throws IOException {
        Path a = article("a.md", "https://exemple.org/a",
                "Lucie Ferrand, directrice de l'Observatoire des communs numériques (OCN), a ouvert la journée.");
        Path b = article("b.md", "https://exemple.org/b",
                "Marc Oudin, chargé de mission à l'Observatoire des communs numériques, a présenté le bilan.");
        assertThat(importAll(a.toString(), b.toString()).failures()).isEmpty();
        List<String> orgs = select("""
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT DISTINCT ?o { ?m a org:Membership ; org:organization ?o }""", "o");
        assertThat(orgs).containsExactly(Seeded.BASE + "organization/ocn");
    }

    @Test
    void a_first_name_variant_in_the_same_organization_is_the_same_person() throws IOException {
        Path a = article("a.md", "https://exemple.org/a",
                "Rémi Gerbaud, directeur de Wikimédia France, a présenté les alliances avec les acteurs publics.");
        Path b = article("b.md", "https://exemple.org/b",
                "Rémy Gerbaud, directeur de Wikimédia France, a rappelé les enjeux de la circulation des données.");
        assertThat(importAll(a.toString(), b.toString()).failures()).isEmpty();
        List<String> persons = select("""
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                SELECT DISTINCT ?p { ?p a foaf:Person }""", "p");
        assertThat(persons).containsExactly(Seeded.BASE + "person/remi-gerbaud");
        assertThat(select("""
                SELECT ?alt { <%sperson/remi-gerbaud> <http://schema.org/alternateName> ?alt }""".formatted(Seeded.BASE), "alt"))
                .containsExactly("Rémy Gerbaud");
    }

    @Test
    void a_surname_typo_in_the_same_organization_is_the_same_person() throws IOException {
        Path a = article("a.md", "https://exemple.org/a", "Claire Dumontet, directrice de Wikimédia France, a parlé.");
        Path b = article("b.md", "https://exemple.org/b", "Claire Dumontel, directrice de Wikimédia France, a conclu.");
        assertThat(importAll(a.toString(), b.toString()).failures()).isEmpty();
        assertThat(select("SELECT DISTINCT ?p { ?p a <http://xmlns.com/foaf/0.1/Person> }", "p"))
                .containsExactly(Seeded.BASE + "person/claire-dumontet");
    }

    @Test
    void the_same_name_in_another_organization_stays_another_person() throws IOException {
        Path a = article("a.md", "https://exemple.org/a", "Rémi Gerbaud, directeur de Wikimédia France, a parlé.");
        Path b = article("b.md", "https://exemple.org/b", "Rémy Gerbaud, trésorier de l'association Framasoft, a parlé.");
        importAll(a.toString(), b.toString());
        assertThat(select("SELECT DISTINCT ?p { ?p a <http://xmlns.com/foaf/0.1/Person> }", "p")).hasSize(2);
    }

    @Test
    void applied_corrections_change_the_facts_and_are_recorded_in_the_article_graph() throws IOException {
        Path corrections = folder.resolve("corrections.tsv");
        Files.writeString(corrections, "id\taction\tsubject\tvalue\torganization\tarticle\tnote\n"
                + "c1\treject-role\tVincent Bachelet\tdoctorant\t\t\tnot stated as such elsewhere\n"
                + "c2\tadd-role\tMargot Godefroi\tintervenante\tConseil national du numérique\t\tcurator knowledge\n");
        app.close();
        app = org.communskg.App.open(org.communskg.Settings.defaults().withStore(folder.resolve("store2"))
                .withBaseUri(Seeded.BASE).withCorrections(corrections));
        assertThat(importAll(Seeded.SEED.toString()).failures()).isEmpty();
        assertThat(select("""
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?r { ?m org:member <%sperson/vincent-bachelet> ; org:role/skos:prefLabel ?r }""".formatted(Seeded.BASE), "r"))
                .containsExactly("consultant");
        assertThat(select("""
                PREFIX ckg: <https://w3id.org/communs-kg/ns#>
                SELECT ?id { GRAPH ?a { ?a ckg:correctionApplied ?c . ?c <http://purl.org/dc/terms/identifier> ?id } } ORDER BY ?id""", "id"))
                .containsExactly("c1", "c2");
        assertThat(select("""
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX ckg: <https://w3id.org/communs-kg/ns#>
                SELECT ?conf { ?m org:member <%sperson/margot-godefroi> ; ckg:confidence ?conf }""".formatted(Seeded.BASE), "conf"))
                .containsExactly("1.0");
    }
}
