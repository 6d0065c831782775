package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.communskg.App;
import org.communskg.Seeded;
import org.communskg.model.Vocab;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /ontology}: the project's terms as RDF by negotiation, and as a documentation page. */
class OntologyIT {
    static final Node LABEL = Vocab.uri(Vocab.RDFS, "label");

    @TempDir
    static Path folder;
    static App app;
    static Javalin web;
    static Http http;
    static Graph file;

    @BeforeAll
    static void start() {
        app = Seeded.app(folder);
        web = app.web("http://localhost:0").start(0);
        http = new Http(web.port());
        file = RDFParser.source(Seeded.ROOT.resolve("ontology/communs-kg.ttl")).toGraph();
    }

    @AfterAll
    static void stop() {
        web.stop();
        app.close();
    }

    /** Every ckg: term the code uses: the CKG_* constants of Vocab. */
    static List<Node> ckgTerms() throws IllegalAccessException {
        List<Node> terms = new ArrayList<>();
        for (Field f : Vocab.class.getFields()) {
            if (f.getName().startsWith("CKG_") && Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                terms.add((Node) f.get(null));
            }
        }
        return terms;
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    void the_ontology_is_served_in_each_rdf_format_and_is_the_file(String accept) {
        HttpResponse<String> r = http.get("/ontology", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept");
        Graph served = RDFParser.fromString(r.body(), RDFLanguages.contentTypeToLang(accept)).toGraph();
        assertThat(served.isIsomorphicWith(file)).isTrue();
    }

    @Test
    void suffixes_serve_the_ontology_too_and_rapper_reads_the_turtle() throws Exception {
        for (String suffix : List.of(".ttl", ".jsonld", ".rdf", ".nt")) {
            HttpResponse<String> r = http.get("/ontology" + suffix, "text/html");
            assertThat(r.statusCode()).as(suffix).isEqualTo(200);
            Lang lang = RDFLanguages.fileExtToLang(suffix.substring(1));
            assertThat(RDFParser.fromString(r.body(), lang).toGraph().size()).as(suffix).isEqualTo(file.size());
        }
        Path ttl = Files.writeString(folder.resolve("ontology.ttl"), http.get("/ontology", "text/turtle").body());
        assertThat(Tools.rapperCount(ttl, "turtle")).isEqualTo(file.size());
        assertThat(http.get("/ontology", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void every_ckg_term_of_the_code_has_a_french_and_an_english_label() throws Exception {
        Graph served = RDFParser.fromString(http.get("/ontology.ttl", null).body(), Lang.TURTLE).toGraph();
        List<Node> terms = ckgTerms();
        assertThat(terms).hasSizeGreaterThanOrEqualTo(7);
        for (Node term : terms) {
            List<String> langs = served.find(term, LABEL, Node.ANY).toList().stream()
                    .map(t -> t.getObject().getLiteralLanguage()).toList();
            assertThat(langs).as(term.getURI()).contains("fr", "en");
        }
    }

    @Test
    void browsers_get_a_documentation_page_with_every_term_in_french_and_english() throws Exception {
        HttpResponse<String> r = http.get("/ontology", LinkedDataIT.CHROMIUM_ACCEPT);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        Document doc = Jsoup.parse(r.body());
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Ontologie communs-kg");
        for (Node term : ckgTerms()) {
            String local = term.getURI().substring(Vocab.CKG.length());
            Element section = doc.getElementById(local);
            assertThat(section).as(local).isNotNull();
            assertThat(section.select("dd[lang=fr]")).as(local + " in French").hasSizeGreaterThanOrEqualTo(2);
            assertThat(section.select("dd[lang=en]")).as(local + " in English").hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(doc.getElementById("moderator").text()).contains("modérateur ou modératrice", "moderator",
                "schema:performer");
        org.apache.jena.rdf.model.Model onto = org.apache.jena.riot.RDFDataMgr.loadModel(
                Seeded.ROOT.resolve("ontology/communs-kg.ttl").toString());
        assertThat(doc.select("#classes section.term")).hasSize(
                onto.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.Class).toList().size());
    }
}
