package org.communskg.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * What the graph holds: how many articles, persons, organizations, events, memberships and
 * publications, counted in one query.
 *
 * <pre>{@code
 * Map<String, Long> counts = GraphSummary.of(store).counts();
 * }</pre>
 *
 * @param counts the number of distinct resources per kind, in display order
 */
public record GraphSummary(Map<String, Long> counts) {
    private static final Map<String, String> CLASSES = classes();

    private static Map<String, String> classes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("articles", "http://schema.org/NewsArticle");
        m.put("persons", "http://xmlns.com/foaf/0.1/Person");
        m.put("organizations", "http://www.w3.org/ns/org#Organization");
        m.put("events", "http://schema.org/Event");
        m.put("roles", "http://www.w3.org/ns/org#Membership");
        m.put("publications", "http://schema.org/CreativeWork");
        return m;
    }

    public static GraphSummary of(GraphStore store) {
        StringBuilder q = new StringBuilder("SELECT");
        CLASSES.keySet().forEach(k -> q.append(" ?").append(k));
        q.append(" {");
        CLASSES.forEach((k, cls) -> q.append(" { SELECT (COUNT(DISTINCT ?s) AS ?").append(k)
                .append(") { ?s a <").append(cls).append("> } }"));
        q.append(" }");
        Query query = Sparql.parse(q.toString());
        Map<String, Long> counts = new LinkedHashMap<>();
        store.query(query, qe -> {
            ResultSet rs = qe.execSelect();
            QuerySolution row = rs.next();
            CLASSES.keySet().forEach(k -> counts.put(k, row.getLiteral(k).getLong()));
            return null;
        });
        return new GraphSummary(counts);
    }

    public long count(String kind) {
        return counts.getOrDefault(kind, 0L);
    }
}
