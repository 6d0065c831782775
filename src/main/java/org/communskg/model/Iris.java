package org.communskg.model;

import java.net.URI;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints the graph's IRIs under one base, deterministically from normalized names, so that the
 * same person or organization named in two articles is one node.
 *
 * <pre>{@code
 * Iris iris = Iris.under("http://localhost:7070/id/");
 * iris.person("Mireille Clapot");   // http://localhost:7070/id/person/mireille-clapot
 * iris.organization("INJEP");       // http://localhost:7070/id/organization/injep
 * }</pre>
 */
public final class Iris {
    private final String base;

    private Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris under(String base) {
        URI uri = URI.create(base);
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("The base URI must be absolute: " + base);
        }
        return new Iris(base);
    }

    public String base() {
        return base;
    }

    public Node person(String name) {
        return mint("person", Slugs.slug(name));
    }

    /** Organizations are keyed by acronym when one is known, else by name. */
    public Node organization(String key) {
        return mint("organization", Slugs.slug(key));
    }

    public Node role(String label) {
        return mint("role", Slugs.slug(label));
    }

    /** A membership is named after its person's, role's and organization's own IRIs, so it is the same node in every article. */
    public Node membership(Node person, String role, Node organization) {
        StringBuilder path = new StringBuilder(lastSegment(person)).append("--")
                .append(role == null ? "member" : Slugs.slug(role));
        if (organization != null) {
            path.append("--").append(lastSegment(organization));
        }
        return mint("membership", path.toString());
    }

    private static String lastSegment(Node iri) {
        String uri = iri.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    public Node event(String name) {
        return mint("event", Slugs.slug(name));
    }

    /** A named part of an event lives under its parent's IRI. */
    public Node subEvent(Node parent, String name) {
        return NodeFactory.createURI(parent.getURI() + "/" + Slugs.slug(name));
    }

    public Node publication(String title) {
        return mint("publication", Slugs.slug(title));
    }

    public Node programme(String name) {
        return mint("programme", Slugs.slug(name));
    }

    public Node correction(String id) {
        return mint("correction", Slugs.slug(id));
    }

    public Node place(String name) {
        return mint("place", Slugs.slug(name));
    }

    /**
     * An article is keyed by its URL (host and path), or by its source file name when it has none,
     * so that re-importing it replaces the same named graph.
     */
    public Node article(String urlOrSource) {
        String key = urlOrSource.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceFirst("^www\\.", "");
        return mint("article", Slugs.slug(key));
    }

    private Node mint(String kind, String path) {
        return NodeFactory.createURI(base + kind + "/" + path);
    }
}
