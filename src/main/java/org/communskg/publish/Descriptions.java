package org.communskg.publish;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.model.Vocab;
import org.communskg.store.GraphStore;

/**
 * The RDF description of a resource: its own statements, the statements that point to it, and
 * the names of the resources on the other end, so that a client can show it without asking
 * again. Nothing further away, so an entity's document stays small.
 */
final class Descriptions {
    private static final String LABEL_PREDICATES =
            "skos:prefLabel, foaf:name, schema:name, schema:headline, rdfs:label";
    static final Query DESCRIBE = Queries.template("""
            CONSTRUCT { ?e ?p ?o . ?s ?q ?e . ?n ?lp ?l }
            WHERE {
              { ?e ?p ?o }
              UNION { ?s ?q ?e }
              UNION { ?e ?p1 ?n . FILTER(isIRI(?n)) ?n ?lp ?l . FILTER(?lp IN (%1$s)) }
              UNION { ?n ?q1 ?e . ?n ?lp ?l . FILTER(?lp IN (%1$s)) }
            }""".formatted(LABEL_PREDICATES));
    private static final Query KNOWN = Queries.template("ASK { { ?e ?p ?o } UNION { ?s ?q ?e } }");

    private final GraphStore store;

    Descriptions(GraphStore store) {
        this.store = store;
    }

    boolean known(Node iri) {
        return Queries.ask(store, KNOWN, iri);
    }

    Graph describe(Node iri) {
        Query query = Queries.bind(DESCRIBE, iri);
        Graph graph = store.query(query, qe -> {
            Graph g = GraphFactory.createDefaultGraph();
            qe.execConstructTriples().forEachRemaining(g::add);
            return g;
        });
        if (graph.isEmpty()) {
            throw new UnknownResourceException(iri.getURI());
        }
        graph.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        return graph;
    }

    /** The query text a reader can paste into the endpoint to get the same description. */
    static String describeQuery(Node iri) {
        return Queries.bind(DESCRIBE, iri).serialize();
    }
}
