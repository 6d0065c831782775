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
 * again. Nothing further away, so an entity's document stays small; and at most {@code cap}
 * statements pointing to it, because a hub is pointed to by every article that names it (the
 * rest is one SPARQL query away: {@link #fullQuery}).
 */
final class Descriptions {
    private static final String LABEL_PREDICATES =
            "skos:prefLabel, foaf:name, schema:name, schema:headline, rdfs:label";
    private static final String FULL = """
            CONSTRUCT { ?e ?p ?o . ?s ?q ?e . ?n ?lp ?l }
            WHERE {
              { ?e ?p ?o }
              UNION { ?s ?q ?e }
              UNION { ?e ?p1 ?n . FILTER(isIRI(?n)) ?n ?lp ?l . FILTER(?lp IN (%1$s)) }
              UNION { ?n ?q1 ?e . ?n ?lp ?l . FILTER(?lp IN (%1$s)) }
            }""".formatted(LABEL_PREDICATES);
    /** The same, with the statements pointing to it (and their subjects' names) cut at the cap. */
    private static final String BOUNDED = """
            CONSTRUCT { ?e ?p ?o . ?s ?q ?e . ?s ?lp ?l . ?n ?lp ?l }
            WHERE {
              { ?e ?p ?o }
              UNION { ?e ?p1 ?n . FILTER(isIRI(?n)) ?n ?lp ?l . FILTER(?lp IN (%1$s)) }
              UNION { { SELECT ?s ?q WHERE { ?s ?q ?e } LIMIT %2$d }
                      OPTIONAL { ?s ?lp ?l . FILTER(?lp IN (%1$s)) } }
            }""";
    private static final Query KNOWN = Queries.template("ASK { { ?e ?p ?o } UNION { ?s ?q ?e } }");

    private final GraphStore store;
    private final int cap;
    private final Query bounded;

    Descriptions(GraphStore store, int cap) {
        this.store = store;
        this.cap = cap;
        this.bounded = Queries.template(BOUNDED.formatted(LABEL_PREDICATES, cap));
    }

    boolean known(Node iri) {
        return Queries.ask(store, KNOWN, iri);
    }

    Graph describe(Node iri) {
        Query query = Queries.bind(bounded, iri);
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

    /** Whether a description from {@link #describe} left statements pointing to the resource out. */
    boolean partial(Node iri, Graph description) {
        return description.stream(Node.ANY, Node.ANY, iri).limit(cap).count() >= cap;
    }

    /** The query text a reader can paste into the endpoint to get the same description. */
    String describeQuery(Node iri) {
        return Queries.bind(bounded, iri).serialize();
    }

    /** The query of the whole description, every statement pointing to it included. */
    static String fullQuery(Node iri) {
        return Queries.bind(Queries.template(FULL), iri).serialize();
    }
}
