package org.communskg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.communskg.model.Vocab;

/**
 * Short, stable links to query texts, kept in the store's {@link GraphStore#system() system
 * dataset} (never in the published graph). The id is the start of the text's SHA-256 in base64url,
 * so the same text always gets the same link; a longer prefix is taken in the (unlikely) case
 * that a shorter one already names another text. Each link is one named graph, written in one
 * transaction by {@link GraphStore#replaceGraph}, so both store implementations behave alike.
 *
 * <pre>{@code
 * Permalinks links = new Permalinks(store.system());
 * String id = links.save("SELECT * { ?s ?p ?o } LIMIT 10");   // e.g. "k3Jd8x0aQz"
 * links.find(id).orElseThrow();                                // the same text
 * }</pre>
 */
public final class Permalinks {
    /** Characters of the id: 10 base64url characters are 60 bits. */
    static final int SHORTEST = 10;
    static final int MAX_CHARS = 100_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{" + SHORTEST + ",43}");
    private static final String GRAPH_PREFIX = "urn:communs-kg:permalink:";
    private static final Node QUERY_TEXT = Vocab.uri(Vocab.CKG, "queryText");

    private final java.util.function.Supplier<GraphStore> system;

    public Permalinks(GraphStore system) {
        this.system = () -> system;
    }

    /**
     * Over a system dataset opened on first use ({@code new Permalinks(store::system)}): a server
     * answers its first query without opening a second TDB2 folder it may never need.
     */
    public Permalinks(java.util.function.Supplier<GraphStore> system) {
        this.system = system;
    }

    /**
     * Keeps a query text and returns its id; the same text gives the same id.
     *
     * @throws BadQueryException when the text is not a SPARQL query, or is too long
     */
    public String save(String text) {
        if (text != null && text.length() > MAX_CHARS) {
            throw new BadQueryException("The query is longer than " + MAX_CHARS + " characters.", null);
        }
        Sparql.parse(text);
        String hash = hash(text);
        for (int length = SHORTEST; length <= hash.length(); length += 2) {
            String id = hash.substring(0, length);
            Optional<String> existing = find(id);
            if (existing.isEmpty()) {
                Graph g = GraphFactory.createDefaultGraph();
                g.add(graphName(id), QUERY_TEXT, NodeFactory.createLiteralString(text));
                system.get().replaceGraph(graphName(id), g);
                return id;
            }
            if (existing.get().equals(text)) {
                return id;
            }
        }
        throw new IllegalStateException("SHA-256 collision on " + hash);
    }

    /** The text kept under an id; empty for an unknown or malformed id. */
    public Optional<String> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        String q = "SELECT ?text { GRAPH <" + graphName(id).getURI() + "> { ?link <" + QUERY_TEXT.getURI() + "> ?text } }";
        return system.get().query(Sparql.parse(q), qe -> {
            var rs = qe.execSelect();
            return rs.hasNext() ? Optional.of(rs.next().getLiteral("text").getString()) : Optional.empty();
        });
    }

    private static Node graphName(String id) {
        return NodeFactory.createURI(GRAPH_PREFIX + id);
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
