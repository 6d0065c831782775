package org.communskg.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.communskg.model.Vocab;
import org.communskg.store.GraphStore;
import org.communskg.store.Sparql;

/**
 * The publishing queries are templates over a variable {@code ?e}, the entity. Binding it in the
 * syntax tree, rather than pasting text, means an IRI taken from a URL can never change the query.
 */
public final class Queries {
    /** Where a linked resource's name may be, most specific first. */
    public static final String LABEL_PATH = "(skos:prefLabel|foaf:name|schema:name|schema:headline|rdfs:label)";
    private static final String PREFIXES = prefixes();

    private Queries() {
    }

    private static String prefixes() {
        StringBuilder b = new StringBuilder();
        Vocab.prefixes().getNsPrefixMap().forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns)
                .append(">\n"));
        return b.toString();
    }

    /** Parses a template written with the project's prefixes. */
    public static Query template(String body) {
        return Sparql.parse(PREFIXES + body);
    }

    /** The template with {@code ?e} replaced by the entity. */
    static Query bind(Query template, Node entity) {
        return QueryTransformOps.replaceVars(template, Map.of(Var.alloc("e"), entity));
    }

    /**
     * The query with a {@code VALUES} block for {@code var} in front of its pattern, built in the
     * syntax tree: an IRI taken from a URL never becomes query text.
     */
    public static Query withValues(Query query, String var, List<Node> values) {
        Var v = Var.alloc(var);
        Query q = query.cloneQuery();
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementData(List.of(v), values.stream().map(n -> BindingFactory.binding(v, n)).toList()));
        pattern.addElement(q.getQueryPattern());
        q.setQueryPattern(pattern);
        return q;
    }

    /** Runs a SELECT template for the entity; every row as variable name to node (unbound ones absent). */
    public static List<Map<String, Node>> select(GraphStore store, Query template, Node entity) {
        return select(store, bind(template, entity));
    }

    /**
     * Runs a SELECT; every row as variable name to node (unbound ones absent).
     *
     * <pre>{@code
     * List<Map<String, Node>> rows = Queries.select(store, Queries.template("SELECT ?s { ?s a schema:Event }"));
     * }</pre>
     */
    public static List<Map<String, Node>> select(GraphStore store, Query query) {
        return store.query(query, qe -> {
            List<Map<String, Node>> rows = new ArrayList<>();
            org.apache.jena.query.ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                rows.add(row(rs.nextBinding()));
            }
            return rows;
        });
    }

    /**
     * How many distinct {@code ?x} a pattern has for the entity {@code ?e}, counted up to
     * {@code cap + 1} only: the count of a hub's list stops early rather than reading it all.
     */
    static long countDistinct(GraphStore store, String pattern, Node entity, int cap) {
        Query query = template("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?x WHERE { " + pattern + " } LIMIT "
                + ((long) cap + 1) + " }");
        Node n = select(store, query, entity).get(0).get("n");
        return ((Number) n.getLiteralValue()).longValue();
    }

    static boolean ask(GraphStore store, Query template, Node entity) {
        Query query = bind(template, entity);
        return store.query(query, qe -> qe.execAsk());
    }

    private static Map<String, Node> row(Binding binding) {
        Map<String, Node> row = new HashMap<>();
        binding.vars().forEachRemaining(v -> row.put(v.getVarName(), binding.get(v)));
        return row;
    }
}
