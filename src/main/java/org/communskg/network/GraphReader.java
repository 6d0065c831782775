package org.communskg.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.communskg.network.Network.Edge;
import org.communskg.network.Network.NodeInfo;
import org.communskg.publish.Labels;
import org.communskg.publish.Queries;
import org.communskg.search.Kind;
import org.communskg.store.GraphStore;

/** Reads the whole network of persons, organizations and events from the store, in two queries; or what it knows of some nodes. */
final class GraphReader {
    private static final List<Kind> KINDS = List.of(Kind.PERSON, Kind.ORGANIZATION, Kind.EVENT);
    private static final String EDGES = """
            SELECT DISTINCT ?a ?rel ?b WHERE {
              { ?m a org:Membership ; org:member ?a ; org:organization ?b . BIND("member" AS ?rel) }
              UNION { ?b schema:organizer ?a . BIND("organizer" AS ?rel) }
              UNION { ?b schema:sponsor ?a . BIND("sponsor" AS ?rel) }
              UNION { ?b schema:attendee ?a . BIND("attendee" AS ?rel) }
              UNION { ?b schema:performer ?a . BIND("speaker" AS ?rel) }
              UNION { ?b ckg:moderator ?a . BIND("moderator" AS ?rel) }
              UNION { ?a schema:superEvent ?b . BIND("part" AS ?rel) }
            }""";
    private static final String NODES = """
            SELECT ?n ?type ?label ?date ?superDate WHERE {
              VALUES ?type { schema:Person schema:Organization schema:Event }
              ?n a ?type .
              OPTIONAL { ?n (skos:prefLabel|foaf:name|schema:name) ?label }
              OPTIONAL { ?n schema:startDate ?date }
              OPTIONAL { ?n schema:superEvent/schema:startDate ?superDate }
            }""";

    private GraphReader() {
    }

    /** Every node of the three kinds (each with degree 0 here) and every edge between two of them. */
    static Network read(GraphStore store) {
        Map<Node, NodeInfo> infos = infos(Queries.select(store, Queries.template(NODES)));
        List<NodeInfo> nodes = new ArrayList<>(infos.values());
        Set<Edge> edges = new LinkedHashSet<>();
        for (Map<String, Node> row : Queries.select(store, Queries.template(EDGES))) {
            Node a = row.get("a");
            Node b = row.get("b");
            if (infos.containsKey(a) && infos.containsKey(b) && !a.equals(b)) {
                edges.add(new Edge(a.getURI(), b.getURI(), row.get("rel").getLiteralLexicalForm()));
            }
        }
        return new Network(nodes, new ArrayList<>(edges), nodes.size());
    }

    /** The given resources that are persons, organizations or events, each with its kind, name and date. */
    static Map<Node, NodeInfo> nodes(GraphStore store, List<Node> resources) {
        if (resources.isEmpty()) {
            return Map.of();
        }
        return infos(Queries.select(store, Queries.withValues(Queries.template(NODES), "n", resources)));
    }

    private static Map<Node, NodeInfo> infos(List<Map<String, Node>> rows) {
        Map<Node, Kind> kinds = new HashMap<>();
        Map<Node, String> dates = new HashMap<>();
        for (Map<String, Node> row : rows) {
            Node n = row.get("n");
            Kind k = Kind.of(List.of(row.get("type")));
            // A node typed both ways keeps the first kind in the order person, organization, event.
            kinds.merge(n, k, (a, b) -> KINDS.indexOf(a) <= KINDS.indexOf(b) ? a : b);
            Node date = row.get("date") != null ? row.get("date") : row.get("superDate");
            if (date != null) {
                dates.merge(n, date.getLiteralLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        Map<Node, String> labels = Labels.bestPerResource(rows, "n", "label");
        Map<Node, NodeInfo> nodes = new LinkedHashMap<>();
        kinds.forEach((n, k) -> nodes.put(n, new NodeInfo(n.getURI(), k, labels.getOrDefault(n, n.getLocalName()), 0,
                k == Kind.EVENT ? dates.get(n) : null)));
        return nodes;
    }
}
