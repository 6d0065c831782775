package org.communskg.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.model.Vocab;
import org.communskg.store.Formats;
import org.communskg.store.GraphStore;
import org.communskg.store.Sparql;
import static org.communskg.publish.Terms.*;
import static org.communskg.model.Vocab.TYPE;

/**
 * The VoID description of the graph: sizes, the SPARQL endpoint, the dumps, the IRI space, a
 * few example entities and the vocabularies used. Counts are over the union graph, the graph
 * the endpoint shows and the N-Triples dump holds.
 *
 * <pre>{@code
 * Graph g = VoidDescription.of(publishing).graph(store);
 * }</pre>
 */
public final class VoidDescription {
    private static final String COUNTS = "SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) "
            + "(COUNT(DISTINCT ?p) AS ?properties) { ?s ?p ?o }";
    private static final String CLASSES = "SELECT DISTINCT ?c { ?s a ?c }";
    private static final String PROPERTIES = "SELECT DISTINCT ?p { ?s ?p ?o }";
    private static final String EXAMPLES = "SELECT ?e { { SELECT ?e { ?e a <" + Vocab.FOAF + "Person> } ORDER BY ?e LIMIT 2 } "
            + "UNION { SELECT ?e { ?e a <" + Vocab.ORG + "Organization> } ORDER BY ?e LIMIT 2 } "
            + "UNION { SELECT ?e { ?e a <" + Vocab.SCHEMA + "Event> } ORDER BY ?e LIMIT 1 } }";

    private final Publishing p;

    private VoidDescription(Publishing publishing) {
        this.p = publishing;
    }

    public static VoidDescription of(Publishing publishing) {
        return new VoidDescription(publishing);
    }

    public Graph graph(GraphStore store) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Terms.prefixes());
        Node d = NodeFactory.createURI(Catalogue.datasetIri(p));
        g.add(d, TYPE, VOID_DATASET);
        g.add(d, DCT_TITLE, NodeFactory.createLiteralLang("communs-kg", "fr"));
        g.add(d, DCT_LICENSE, NodeFactory.createURI(p.licence()));
        counts(store, g, d);
        List<String> classes = column(store, CLASSES, "c");
        g.add(d, VOID_CLASSES, integer(classes.size()));
        g.add(d, VOID_SPARQL_ENDPOINT, NodeFactory.createURI(p.url("/sparql")));
        for (var lang : Formats.DATASETS) {
            g.add(d, VOID_DATA_DUMP, NodeFactory.createURI(p.url("/dumps/" + DumpFile.nameFor(lang))));
        }
        g.add(d, VOID_URI_SPACE, NodeFactory.createLiteralString(p.baseUri()));
        column(store, EXAMPLES, "e").forEach(e -> g.add(d, VOID_EXAMPLE_RESOURCE, NodeFactory.createURI(e)));
        List<String> terms = new ArrayList<>(classes);
        terms.addAll(column(store, PROPERTIES, "p"));
        vocabularies(terms).forEach(v -> g.add(d, VOID_VOCABULARY, NodeFactory.createURI(v)));
        return g;
    }

    private static void counts(GraphStore store, Graph g, Node d) {
        store.query(Sparql.parse(COUNTS), qe -> {
            QuerySolution row = qe.execSelect().next();
            g.add(d, VOID_TRIPLES, integer(row.getLiteral("triples").getLong()));
            g.add(d, VOID_DISTINCT_SUBJECTS, integer(row.getLiteral("subjects").getLong()));
            g.add(d, VOID_PROPERTIES, integer(row.getLiteral("properties").getLong()));
            return null;
        });
    }

    private static List<String> column(GraphStore store, String query, String var) {
        return store.query(Sparql.parse(query), qe -> {
            List<String> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(row -> {
                if (row.get(var).isURIResource()) {
                    out.add(row.getResource(var).getURI());
                }
            });
            return out;
        });
    }

    /** The namespaces of the terms: the IRI up to its last {@code #} or {@code /}. */
    static TreeSet<String> vocabularies(List<String> terms) {
        TreeSet<String> out = new TreeSet<>();
        for (String t : terms) {
            int cut = Math.max(t.lastIndexOf('#'), t.lastIndexOf('/'));
            if (cut > 0) {
                out.add(t.substring(0, cut + 1));
            }
        }
        return out;
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
