package org.communskg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.model.Vocab;

/**
 * The project's ontology, {@code ontology/communs-kg.ttl}, as shipped on the classpath: the graph
 * itself and its terms for the documentation page.
 *
 * <pre>{@code
 * Ontology ontology = Ontology.bundled();
 * ontology.terms().forEach(t -> System.out.println(t.iri() + " " + t.labels().get("fr")));
 * }</pre>
 */
public final class Ontology {
    public static final String RESOURCE = "/ontology/communs-kg.ttl";
    private static final Node LABEL = Vocab.uri(Vocab.RDFS, "label");
    private static final Node COMMENT = Vocab.uri(Vocab.RDFS, "comment");

    private final Graph graph;

    private Ontology(Graph graph) {
        this.graph = graph;
    }

    /** Reads the ontology shipped with the application. */
    public static Ontology bundled() {
        try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new Ontology(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Graph graph() {
        return graph;
    }

    /** The ontology's own title, by language. */
    public Map<String, String> title() {
        Node ontology = graph.find(Node.ANY, Vocab.TYPE, Vocab.uri(Vocab.OWL, "Ontology")).next().getSubject();
        return byLanguage(ontology, Vocab.uri(Vocab.DCT, "title"));
    }

    /** Every term defined in the project's namespace, classes first, then by name. */
    public List<Term> terms() {
        return graph.find(Node.ANY, Vocab.TYPE, Node.ANY).toList().stream().map(t -> t.getSubject())
                .filter(s -> s.isURI() && s.getURI().startsWith(Vocab.CKG)).distinct().map(this::term)
                .sorted(Comparator.comparing((Term t) -> !t.isClass()).thenComparing(Term::localName)).toList();
    }

    private Term term(Node iri) {
        List<Node> types = objects(iri, Vocab.TYPE);
        return new Term(iri, types, byLanguage(iri, LABEL), byLanguage(iri, COMMENT),
                objects(iri, Vocab.uri(Vocab.RDFS, "domain")), objects(iri, Vocab.uri(Vocab.RDFS, "range")),
                objects(iri, Vocab.uri(Vocab.RDFS, "subPropertyOf")));
    }

    private List<Node> objects(Node s, Node p) {
        return graph.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject()).toList();
    }

    private Map<String, String> byLanguage(Node s, Node p) {
        Map<String, String> out = new TreeMap<>();
        objects(s, p).stream().filter(Node::isLiteral).forEach(l -> out.put(l.getLiteralLanguage(), l.getLiteralLexicalForm()));
        return out;
    }

    /**
     * A term of the ontology.
     *
     * @param labels   rdfs:label by language tag
     * @param comments rdfs:comment by language tag
     */
    public record Term(Node iri, List<Node> types, Map<String, String> labels, Map<String, String> comments,
            List<Node> domain, List<Node> range, List<Node> superProperties) {

        public String localName() {
            return iri.getURI().substring(Vocab.CKG.length());
        }

        public boolean isClass() {
            return types.contains(Vocab.uri(Vocab.OWL, "Class")) || types.contains(Vocab.uri(Vocab.RDFS, "Class"));
        }
    }
}
