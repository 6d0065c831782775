package org.communskg.publish;

import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.communskg.store.GraphStore;

/**
 * What the server publishes about each IRI minted under the base: its RDF description and the
 * data of its HTML page. Knows nothing of HTTP.
 *
 * <pre>{@code
 * Publisher publisher = new Publisher(store, "http://localhost:7070/id/", Settings.DEFAULT_LICENCE);
 * Node iri = publisher.resolve("person/mireille-clapot");   // http://localhost:7070/id/person/mireille-clapot
 * Graph rdf = publisher.describe(iri);
 * EntityView page = publisher.view(iri, 1);
 * }</pre>
 */
public final class Publisher {
    /** The characters an IRI path may hold (RFC 3987 unreserved, sub-delims, ':', '@', '/', '%'). */
    private static final Pattern PATH = Pattern.compile("[\\p{L}\\p{N}\\-._~%!$&'()*+,;=:@/]+");

    private final GraphStore store;
    private final String base;
    private final Licence licence;
    private final Descriptions descriptions;

    public Publisher(GraphStore store, String baseUri, String licenceIri) {
        this.store = store;
        this.base = baseUri.endsWith("/") ? baseUri : baseUri + "/";
        this.licence = Licence.of(licenceIri);
        this.descriptions = new Descriptions(store);
    }

    public String base() {
        return base;
    }

    public Licence licence() {
        return licence;
    }

    /**
     * The IRI for a path under the base, whatever the base is.
     *
     * @throws UnknownResourceException when the path cannot be part of an IRI
     */
    public Node resolve(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new UnknownResourceException(base + path);
        }
        return NodeFactory.createURI(base + path);
    }

    /** The path under the base of an IRI minted there, or null for an IRI from elsewhere. */
    public String localPath(Node iri) {
        return iri.isURI() && iri.getURI().startsWith(base) ? iri.getURI().substring(base.length()) : null;
    }

    /**
     * Its statements, the statements pointing to it, and the names of the resources at their ends.
     *
     * @throws UnknownResourceException when the graph says nothing about it
     */
    public Graph describe(Node iri) {
        return descriptions.describe(iri);
    }

    /**
     * The data of its page, with the given page (from 1) of inverse links.
     *
     * @throws UnknownResourceException when the graph says nothing about it
     */
    public EntityView view(Node iri, int page) {
        if (!descriptions.known(iri)) {
            throw new UnknownResourceException(iri.getURI());
        }
        return new EntityViews(store).view(iri, Math.max(1, page), Descriptions.describeQuery(iri), licence);
    }
}
