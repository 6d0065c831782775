package org.communskg.publish;

import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.communskg.Settings;
import org.communskg.store.GraphStore;

/**
 * What the server publishes about each IRI minted under the base: its RDF description and the
 * data of its HTML page. Knows nothing of HTTP.
 *
 * <pre>{@code
 * Publisher publisher = new Publisher(store, "http://localhost:7070/id/", Settings.DEFAULT_LICENCE);
 * Node iri = publisher.resolve("person/mireille-clapot");   // http://localhost:7070/id/person/mireille-clapot
 * Graph rdf = publisher.describe(iri);
 * EntityView page = publisher.view(iri, Pages.FIRST);
 * }</pre>
 *
 * <p>Every long list of a page (roles, events, co-participants, mentions, inverse links) is read
 * {@code pageSize} items at a time, with its count up to {@value #COUNT_CAP}; the RDF description
 * holds at most {@code pageSize} × 20 statements pointing to the resource.
 */
public final class Publisher {
    /** The characters an IRI path may hold (RFC 3987 unreserved, sub-delims, ':', '@', '/', '%'). */
    private static final Pattern PATH = Pattern.compile("[\\p{L}\\p{N}\\-._~%!$&'()*+,;=:@/]+");

    /** Lists are counted up to this many items; past it a page says "more than". */
    public static final int COUNT_CAP = 10_000;
    /** How many statements pointing to it a description holds, per item of a page. */
    static final int DESCRIBED_PER_PAGE_ITEM = 20;

    private final GraphStore store;
    private final String base;
    private final Licence licence;
    private final int pageSize;
    private final Descriptions descriptions;

    public Publisher(GraphStore store, String baseUri, String licenceIri) {
        this(store, baseUri, licenceIri, Settings.DEFAULT_ENTITY_PAGE_SIZE);
    }

    /** @param pageSize how many items each long list of an entity's page shows at a time */
    public Publisher(GraphStore store, String baseUri, String licenceIri, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("the page size is at least 1, not " + pageSize);
        }
        this.store = store;
        this.base = baseUri.endsWith("/") ? baseUri : baseUri + "/";
        this.licence = Licence.of(licenceIri);
        this.pageSize = pageSize;
        this.descriptions = new Descriptions(store, pageSize * DESCRIBED_PER_PAGE_ITEM);
    }

    public String base() {
        return base;
    }

    public Licence licence() {
        return licence;
    }

    /** How many items each long list of a page shows at a time. */
    public int pageSize() {
        return pageSize;
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
     * Its statements, the statements pointing to it (up to a cap: {@link #partial}), and the names
     * of the resources at their ends.
     *
     * @throws UnknownResourceException when the graph says nothing about it
     */
    public Graph describe(Node iri) {
        return descriptions.describe(iri);
    }

    /** Whether its description left out statements pointing to it; {@link #fullDescribeQuery} has them all. */
    public boolean partial(Node iri, Graph description) {
        return descriptions.partial(iri, description);
    }

    /** The SPARQL query of its whole description, every statement pointing to it included. */
    public String fullDescribeQuery(Node iri) {
        return Descriptions.fullQuery(iri);
    }

    /** The data of its page: the first page of every list, and the given page (from 1) of inverse links. */
    public EntityView view(Node iri, int inversePage) {
        return view(iri, new Pages(1, 1, 1, 1, inversePage));
    }

    /**
     * The data of its page, the given page of each long list.
     *
     * @throws UnknownResourceException when the graph says nothing about it
     */
    public EntityView view(Node iri, Pages pages) {
        if (!descriptions.known(iri)) {
            throw new UnknownResourceException(iri.getURI());
        }
        return new EntityViews(store, pageSize, COUNT_CAP).view(iri, pages, descriptions.describeQuery(iri), licence);
    }
}
