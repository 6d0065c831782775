package org.communskg.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.communskg.publish.Labels;
import org.communskg.publish.Queries;
import org.communskg.store.GraphStore;

/**
 * Searches the graph's names, acronyms, aliases, article titles and evidence sentences, and ranks
 * the entities found ({@link Ranking}). Over the embedded store it uses the jena-text index; over a
 * store without one, a SPARQL fallback ({@link ContainsMatcher}).
 *
 * <pre>{@code
 * SearchService search = SearchService.over(store);
 * for (SearchHit hit : search.search("l'Injep", 20)) {
 *     System.out.println(hit.kind().key() + " " + hit.label() + " " + hit.iri());
 * }
 * }</pre>
 */
public final class SearchService {
    /** Candidate matches read per result asked for, before grouping them by entity. */
    private static final int MATCHES_PER_RESULT = 10;
    private final GraphStore store;
    private final Matcher matcher;

    private SearchService(GraphStore store, Matcher matcher) {
        this.store = store;
        this.matcher = matcher;
    }

    /** The search over a store: by its text index when it has one, else by the SPARQL fallback. */
    public static SearchService over(GraphStore store) {
        return new SearchService(store, store.textIndexed() ? new TextMatcher(store) : new ContainsMatcher(store));
    }

    /** Whether this search runs on the full-text index (French analysis, relevance scores). */
    public boolean fullText() {
        return matcher instanceof TextMatcher;
    }

    /**
     * @param words what the reader typed; blank gives no result
     * @param limit the most entities to return
     */
    public List<SearchHit> search(String words, int limit) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        List<Match> matches = matcher.matches(words.strip(), limit * MATCHES_PER_RESULT);
        return Ranking.rank(words, matches, labels(matches.stream().map(Match::subject).collect(Collectors.toSet())), limit);
    }

    private Map<Node, String> labels(Set<Node> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        String values = subjects.stream().map(s -> "<" + s.getURI() + ">").collect(Collectors.joining(" "));
        String q = "SELECT ?s ?l { VALUES ?s { " + values + " } ?s " + Queries.LABEL_PATH + " ?l }";
        return Labels.bestPerResource(Queries.select(store, Queries.template(q)), "s", "l");
    }
}
