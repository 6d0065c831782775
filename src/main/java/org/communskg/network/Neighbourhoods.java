package org.communskg.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.communskg.model.Vocab;
import org.communskg.network.Network.Edge;
import org.communskg.network.Network.NodeInfo;
import org.communskg.publish.Queries;
import org.communskg.publish.UnknownResourceException;
import org.communskg.store.GraphStore;

/**
 * One node and its direct neighbours, read from the edges around it only: the neighbours come
 * weighted by how many articles link them to it, and the heaviest are kept. A hub named in
 * thousands of articles costs its own edges, never the whole network.
 */
final class Neighbourhoods {
    /** Every edge with the focus ?e at one end, with the article it is read from (?g); ?out: the focus is the source. */
    private static final String EDGES = """
            SELECT ?n ?p ?out (COUNT(DISTINCT ?g) AS ?w) WHERE {
              GRAPH ?g {
                { ?m org:member ?e ; org:organization ?n ; a org:Membership . BIND(org:member AS ?p) BIND(true AS ?out) }
                UNION { ?m org:organization ?e ; org:member ?n ; a org:Membership . BIND(org:member AS ?p) BIND(false AS ?out) }
                UNION { ?n ?p ?e . FILTER(?p IN (%1$s)) BIND(true AS ?out) }
                UNION { ?e ?p ?n . FILTER(?p IN (%1$s)) BIND(false AS ?out) }
                UNION { ?e schema:superEvent ?n . BIND(schema:superEvent AS ?p) BIND(true AS ?out) }
                UNION { ?n schema:superEvent ?e . BIND(schema:superEvent AS ?p) BIND(false AS ?out) }
              }
              FILTER(isIRI(?n) && ?n != ?e)
            } GROUP BY ?n ?p ?out""".formatted("schema:organizer, schema:sponsor, schema:attendee, schema:performer, ckg:moderator");
    private static final Query EDGE_QUERY = Queries.template(EDGES);
    private static final Map<Node, String> RELATIONS = Map.of(Vocab.ORG_MEMBER, "member",
            Vocab.SCHEMA_ORGANIZER, "organizer", Vocab.SCHEMA_SPONSOR, "sponsor", Vocab.SCHEMA_ATTENDEE, "attendee",
            Vocab.SCHEMA_PERFORMER, "speaker", Vocab.CKG_MODERATOR, "moderator", Vocab.SCHEMA_SUPER_EVENT, "part");
    /** Neighbours looked up beyond the limit, in case some are of no drawn kind. */
    private static final int SPARE = 2;

    private Neighbourhoods() {
    }

    /**
     * @param limit the most nodes, the focus included
     * @throws UnknownResourceException when the focus is no person, organization or event
     */
    static Network around(GraphStore store, Node focus, int limit) {
        NodeInfo centre = GraphReader.nodes(store, List.of(focus)).get(focus);
        if (centre == null) {
            throw new UnknownResourceException(focus.getURI());
        }
        List<Map<String, Node>> rows = Queries.select(store, EDGE_QUERY, focus);
        Map<Node, Long> weight = new HashMap<>();
        rows.forEach(r -> weight.merge(r.get("n"), ((Number) r.get("w").getLiteralValue()).longValue(), Long::sum));
        List<Node> ranked = weight.keySet().stream()
                .sorted(Comparator.comparingLong((Node n) -> -weight.get(n)).thenComparing(Node::getURI)).toList();
        int wanted = Math.max(0, limit - 1);
        Map<Node, NodeInfo> info = GraphReader.nodes(store, ranked.subList(0, Math.min(ranked.size(), wanted * SPARE + 1)));
        List<Node> kept = ranked.stream().filter(info::containsKey).limit(wanted).toList();
        Map<String, Edge> edges = new LinkedHashMap<>();
        for (Map<String, Node> r : rows) {
            Node n = r.get("n");
            if (kept.contains(n)) {
                boolean out = Boolean.parseBoolean(r.get("out").getLiteralLexicalForm());
                String rel = RELATIONS.get(r.get("p"));
                Edge e = out ? new Edge(focus.getURI(), n.getURI(), rel) : new Edge(n.getURI(), focus.getURI(), rel);
                edges.putIfAbsent(e.source() + " " + e.target() + " " + rel, e);
            }
        }
        List<NodeInfo> nodes = new ArrayList<>();
        nodes.add(withDegree(centre, kept.size()));
        kept.forEach(n -> nodes.add(withDegree(info.get(n), 1)));
        // Neighbours past those looked up are counted as drawable: the total is an upper bound there.
        int lookedUp = Math.min(ranked.size(), wanted * SPARE + 1);
        long total = 1 + ranked.subList(0, lookedUp).stream().filter(info::containsKey).count() + ranked.size() - lookedUp;
        return new Network(nodes, List.copyOf(edges.values()), (int) Math.min(Integer.MAX_VALUE, total));
    }

    private static NodeInfo withDegree(NodeInfo n, int degree) {
        return new NodeInfo(n.iri(), n.kind(), n.label(), degree, n.date());
    }
}
