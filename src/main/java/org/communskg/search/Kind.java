package org.communskg.search;

import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.communskg.model.Vocab;

/** The kinds of entity a search or a picture shows, each with its RDF type, most specific first. */
public enum Kind {
    PERSON(Vocab.SCHEMA_PERSON, "personne"),
    ORGANIZATION(Vocab.SCHEMA_ORGANIZATION, "organisation"),
    EVENT(Vocab.SCHEMA_EVENT, "événement"),
    PUBLICATION(Vocab.SCHEMA_CREATIVE_WORK, "publication"),
    ARTICLE(Vocab.SCHEMA_NEWS_ARTICLE, "article");

    private final Node type;
    private final String label;

    Kind(Node type, String label) {
        this.type = type;
        this.label = label;
    }

    public Node type() {
        return type;
    }

    /** The kind's French name, for pages. */
    public String label() {
        return label;
    }

    /** The JSON name: {@code person}, {@code organization}... */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind of a resource with these types; an article (also a creative work) is an article. Null when none. */
    public static Kind of(Collection<Node> types) {
        List<Kind> order = List.of(PERSON, ORGANIZATION, EVENT, ARTICLE, PUBLICATION);
        return order.stream().filter(k -> types.contains(k.type)).findFirst().orElse(null);
    }

    /** The types as a SPARQL {@code VALUES} block body. */
    static String typeValues() {
        StringBuilder b = new StringBuilder();
        for (Kind k : values()) {
            b.append('<').append(k.type.getURI()).append("> ");
        }
        return b.toString();
    }
}
