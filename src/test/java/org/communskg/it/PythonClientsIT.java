package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.communskg.Seeded;
import org.communskg.store.Sparql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Outside clients against the running app: SPARQLWrapper in three result formats, and the scripts of examples/. */
class PythonClientsIT {
    static final String ROLES = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?name ?role WHERE {
              ?m a org:Membership ; org:member/foaf:name ?name . OPTIONAL { ?m org:role/skos:prefLabel ?role }
            } ORDER BY ?name ?role""";
    /** Prints one line per row and format: format, then the values tab-separated ("" when unbound). */
    static final String SPARQLWRAPPER = """
            import csv, io, sys
            from SPARQLWrapper import SPARQLWrapper, JSON, XML, CSV
            for name, fmt in (("json", JSON), ("xml", XML), ("csv", CSV)):
                s = SPARQLWrapper(sys.argv[1]); s.setQuery(sys.argv[2]); s.setReturnFormat(fmt)
                r = s.query().convert()
                if fmt == JSON:
                    rows = [(b["name"]["value"], b.get("role", {}).get("value", "")) for b in r["results"]["bindings"]]
                elif fmt == XML:
                    rows = []
                    for res in r.getElementsByTagName("result"):
                        v = {}
                        for b in res.getElementsByTagName("binding"):
                            term = [c for c in b.childNodes if c.nodeType == c.ELEMENT_NODE][0]
                            v[b.getAttribute("name")] = "".join(t.data for t in term.childNodes)
                        rows.append((v.get("name", ""), v.get("role", "")))
                else:
                    rows = [(d["name"], d["role"]) for d in csv.DictReader(io.StringIO(r.decode("utf-8")))]
                for row in rows:
                    print(name + "\\t" + "\\t".join(row))
            """;

    @RegisterExtension
    static final SeededServer SERVER = new SeededServer();

    static List<String> expectedRows() {
        return SERVER.app().store().query(Sparql.parse(ROLES), qe -> {
            List<String> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(s -> rows.add(s.getLiteral("name").getString() + "\t"
                    + (s.contains("role") ? s.getLiteral("role").getString() : "")));
            return rows;
        });
    }

    @Test
    void sparqlwrapper_gets_the_same_rows_in_json_xml_and_csv() {
        List<String> expected = expectedRows();
        assertThat(expected).hasSize(8);
        String out = Tools.python(SPARQLWRAPPER, SERVER.http().root() + "/sparql", ROLES).ok().out();
        for (String format : List.of("json", "xml", "csv")) {
            List<String> rows = out.lines().filter(l -> l.startsWith(format + "\t"))
                    .map(l -> l.substring(format.length() + 1)).toList();
            assertThat(rows).as(format).isEqualTo(expected);
        }
    }

    @Test
    void the_python_example_prints_the_roles_table_and_loads_an_entity() {
        String out = Tools.run(List.of(Tools.PYTHON, Seeded.ROOT.resolve("examples/query_endpoint.py").toString(),
                SERVER.http().root())).ok().out();
        assertThat(out.lines().findFirst().orElseThrow()).startsWith("person").contains("role", "organization");
        assertThat(out).contains("8 roles");
        assertThat(out.lines()).anyMatch(l -> l.startsWith("Mireille Clapot") && l.contains("présidente")
                && l.contains("Commission supérieure du numérique et des postes"));
        assertThat(out).containsPattern("\\d+ triples about Emmanuel Porte from " + SERVER.http().root() + "/id/person/emmanuel-porte.ttl");
        assertThat(out).contains("--org:member--> Emmanuel Porte", "--schema:performer--> Emmanuel Porte");
        assertThat(out).contains(quads() + " quads in 1 article graphs from " + SERVER.http().root() + "/dumps/communs-kg.nq.gz");
    }

    /** Literals that test a JSON writer's escaping: quotes, backslashes, line breaks, a control character, astral plane. */
    static final String AWKWARD = """
            SELECT ?s ?o ?b WHERE {
              VALUES (?s ?o) {
                (<http://example.org/été> "l’été \\"cité\\"\\n\\t\\\\ 😀"@fr)
                (<http://example.org/2> 42)
                (<http://example.org/3> " contrôle")
                (<http://example.org/4> UNDEF)
              }
              BIND(BNODE() AS ?b)
            } ORDER BY ?s""";
    /** Prints the rows rdflib reads from the endpoint's JSON, as JSON: [kind, value, lang, datatype] per variable. */
    static final String RDFLIB_JSON = """
            import io, json, sys, urllib.parse, urllib.request
            from rdflib.query import Result
            req = urllib.request.Request(sys.argv[1] + "?query=" + urllib.parse.quote(sys.argv[2]),
                                         headers={"Accept": "application/sparql-results+json"})
            r = Result.parse(io.BytesIO(urllib.request.urlopen(req).read()), format="json")
            rows = []
            for row in r.bindings:
                rows.append({str(v): [type(t).__name__, str(t), getattr(t, "language", None) or "",
                                      str(getattr(t, "datatype", None) or "")] for v, t in row.items()})
            print(json.dumps({"vars": [str(v) for v in r.vars], "rows": rows}))
            """;

    @Test
    void rdflib_reads_awkward_values_from_the_json_writer_as_jena_holds_them() {
        List<java.util.Map<String, org.apache.jena.graph.Node>> expected = SERVER.app().store().query(Sparql.parse(AWKWARD), qe -> {
            List<java.util.Map<String, org.apache.jena.graph.Node>> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(s -> {
                java.util.Map<String, org.apache.jena.graph.Node> row = new java.util.HashMap<>();
                s.varNames().forEachRemaining(v -> row.put(v, s.get(v).asNode()));
                rows.add(row);
            });
            return rows;
        });
        String out = Tools.python(RDFLIB_JSON, SERVER.http().root() + "/sparql", AWKWARD).ok().out();
        var parsed = org.apache.jena.atlas.json.JSON.parse(out);
        assertThat(parsed.get("vars").getAsArray().stream().map(v -> v.getAsString().value()).toList())
                .containsExactly("s", "o", "b");
        var rows = parsed.get("rows").getAsArray();
        assertThat(rows.size()).isEqualTo(4);
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i).getAsObject();
            assertThat(row.keys()).as("row %d", i).isEqualTo(expected.get(i).keySet());
            for (var e : expected.get(i).entrySet()) {
                org.apache.jena.graph.Node n = e.getValue();
                var got = row.get(e.getKey()).getAsArray();
                String kind = n.isURI() ? "URIRef" : n.isBlank() ? "BNode" : "Literal";
                assertThat(got.get(0).getAsString().value()).as("%s of row %d", e.getKey(), i).isEqualTo(kind);
                if (!n.isBlank()) {
                    assertThat(got.get(1).getAsString().value()).isEqualTo(n.isURI() ? n.getURI() : n.getLiteralLexicalForm());
                }
                if (n.isLiteral()) {
                    assertThat(got.get(2).getAsString().value()).isEqualTo(n.getLiteralLanguage());
                    String dt = n.getLiteralLanguage().isEmpty() && !n.getLiteralDatatypeURI().endsWith("#string")
                            ? n.getLiteralDatatypeURI() : "";
                    assertThat(got.get(3).getAsString().value()).isEqualTo(dt);
                }
            }
        }
        assertThat(expected).anyMatch(row -> row.containsKey("o") && row.get("o").isLiteral()
                && row.get("o").getLiteralLexicalForm().contains("\"cité\"\n\t\\ 😀"));
    }

    /** The store's own count, to compare with what the examples load from the dump. */
    static long quads() {
        return SERVER.app().store().query(org.communskg.store.Sparql.parse("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    @Test
    void the_shell_example_prints_csv_and_turtle() {
        String out = Tools.run(List.of("bash", Seeded.ROOT.resolve("examples/query.sh").toString(), SERVER.http().root())).ok().out();
        assertThat(out.lines()).contains("name,role,organization",
                "Mireille Clapot,présidente,Commission supérieure du numérique et des postes");
        assertThat(out).containsPattern("foaf:name\\s+\"Mireille Clapot\"");
        List<String> ntriples = out.lines().dropWhile(l -> !l.startsWith("## The same in N-Triples")).skip(1).toList();
        assertThat(ntriples.subList(0, 5)).allMatch(l -> l.matches("<[^>]+> <[^>]+> .+ \\.") && l.contains(Seeded.BASE));
        assertThat(out.lines()).contains("quads: " + quads(), "graphs: 1");
    }
}
