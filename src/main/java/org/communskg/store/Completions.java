package org.communskg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.QuerySolution;

/**
 * What the workbench offers while typing and in the gallery's parameter lists, read from the
 * graph itself (no outside vocabulary service): the classes and properties in use, and the
 * entities with their names.
 *
 * <pre>{@code
 * Completions.Vocabulary v = Completions.of(store, 5000);
 * List<Completions.Term> orgs = Completions.instances(store, "http://www.w3.org/ns/org#Organization", 500);
 * }</pre>
 */
public final class Completions {
    /** The properties that name an entity, most specific first. */
    private static final String NAMES = "VALUES ?np { <http://www.w3.org/2004/02/skos/core#prefLabel> "
            + "<http://xmlns.com/foaf/0.1/name> <http://schema.org/name> <http://schema.org/headline> "
            + "<http://www.w3.org/2000/01/rdf-schema#label> }";

    /** An entity and the name shown for it. */
    public record Term(String iri, String label) {
    }

    /**
     * @param classes    the IRIs of the classes in use
     * @param properties the IRIs of the properties in use
     * @param entities   named entities, by name
     */
    public record Vocabulary(List<String> classes, List<String> properties, List<Term> entities) {
    }

    private Completions() {
    }

    /** Classes, properties and named entities of the graph, at most {@code limit} of each. */
    public static Vocabulary of(GraphStore store, int limit) {
        List<String> classes = select(store, "SELECT DISTINCT ?c { ?s a ?c FILTER isIRI(?c) } ORDER BY ?c LIMIT " + limit,
                row -> row.getResource("c").getURI());
        List<String> properties = select(store, "SELECT DISTINCT ?p { ?s ?p ?o } ORDER BY ?p LIMIT " + limit,
                row -> row.getResource("p").getURI());
        List<Term> entities = select(store, "SELECT ?s (MIN(STR(?n)) AS ?label) { " + NAMES + " ?s ?np ?n FILTER isIRI(?s) }"
                + " GROUP BY ?s ORDER BY LCASE(?label) ?s LIMIT " + limit, Completions::term);
        return new Vocabulary(classes, properties, entities);
    }

    /** The instances of a class with their names (the IRI when unnamed), by name. */
    public static List<Term> instances(GraphStore store, String classIri, int limit) {
        if (!classIri.matches("[^<>\"{}|^`\\\\\\s]+")) {
            throw new BadQueryException("Not an IRI: " + classIri, null);
        }
        return select(store, "SELECT ?s (COALESCE(MIN(STR(?n)), STR(?s)) AS ?label) { ?s a <" + classIri + "> "
                + "OPTIONAL { " + NAMES + " ?s ?np ?n } FILTER isIRI(?s) } GROUP BY ?s ORDER BY LCASE(?label) ?s LIMIT "
                + limit, Completions::term);
    }

    private static Term term(QuerySolution row) {
        return new Term(row.getResource("s").getURI(), row.getLiteral("label").getString());
    }

    private static <T> List<T> select(GraphStore store, String sparql, Function<QuerySolution, T> mapper) {
        return store.query(Sparql.parse(sparql), qe -> {
            List<T> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(row -> out.add(mapper.apply(row)));
            return out;
        });
    }
}
