package org.communskg.publish;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Everything an entity's page shows, read from the graph by {@link Publisher#view}. Lists are
 * empty, never null, when the graph has nothing for them.
 *
 * @param iri            the entity
 * @param labels         its names, French first, then English, then others
 * @param types          its classes
 * @param facts          its own statements, by predicate (links labelled, literals as they are)
 * @param roles          one page of the memberships it takes part in, as member or as organization, dated ones first
 * @param events         one page of the events it organizes, supports or speaks at; for an event, the event itself
 * @param coParticipants one page of the persons sharing an event with it
 * @param mentions       one page of the articles that mention it, the latest first, with the sentence
 * @param sameAs         equivalent IRIs elsewhere (Wikidata…)
 * @param inverse        one page of the statements that point to it
 * @param describeQuery  a SPARQL query that returns the entity's RDF description
 * @param licence        the licence the data is under
 */
public record EntityView(Node iri, List<Label> labels, List<Node> types, Map<Node, List<Value>> facts,
        Slice<Role> roles, Slice<Event> events, Slice<Link> coParticipants, Slice<Mention> mentions, List<Link> sameAs,
        InversePage inverse, String describeQuery, Licence licence) {

    /** The name to show: the best label, else the IRI. */
    public String title() {
        return labels.isEmpty() ? iri.getURI() : labels.get(0).text();
    }

    /** Whether any role carries a date, in which case the page shows a timeline. */
    public boolean rolesDated() {
        return roles.items().stream().anyMatch(r -> r.date() != null);
    }

    /** The organizations of the roles shown, each once. */
    public List<Link> organizations() {
        return roles.items().stream().map(Role::organization).filter(o -> o != null && !o.iri().equals(iri)).distinct().toList();
    }

    /** A name in a language ("" when untagged). */
    public record Label(String text, String lang) {
    }

    /** A link to a resource with its best label (null when it has none). */
    public record Link(Node iri, String label) {
        public String text() {
            return label != null ? label : iri.isURI() ? iri.getURI() : iri.toString();
        }
    }

    /** An object of a statement: a labelled link or a literal. */
    public record Value(Link link, Node literal) {
    }

    /**
     * A membership: who holds which role where, when the article was published (null if unknown),
     * and the sentence it was read from.
     */
    public record Role(Node membership, String role, Link person, Link organization, String date, String evidence,
            Link article) {
    }

    /**
     * An event with its people and parts.
     *
     * @param how in what capacity the entity takes part (the predicate pointing to it), null for the event itself
     */
    public record Event(Link event, String date, Link parent, Node how, List<Link> organizers, List<Link> sponsors,
            List<Link> attendees, List<Link> performers, List<Link> moderators, List<Event> parts) {
    }

    /** An article that mentions the entity, its source URL and the sentences that name it there. */
    public record Mention(Link article, String url, String date, List<String> evidence) {
    }

    /**
     * One page of a long list: an entity named in thousands of articles has thousands of mentions,
     * and its page shows them a page at a time.
     *
     * @param items   this page's items
     * @param page    its number, from 1
     * @param size    the most items a page holds
     * @param total   how many items the list has, counted up to a cap
     * @param atLeast whether the count stopped at the cap (the list has at least {@code total} items)
     * @param hasNext whether a further page has items
     */
    public record Slice<T>(List<T> items, int page, int size, long total, boolean atLeast, boolean hasNext) {
        /** The position of this page's first item in the list, from 1. */
        public long first() {
            return (long) (page - 1) * size + 1;
        }

        public boolean isEmpty() {
            return items.isEmpty() && page == 1;
        }
    }

    /** One statement pointing to the entity. */
    public record Inverse(Link subject, Node predicate) {
    }

    /** A page of inverse links; pages are numbered from 1. */
    public record InversePage(List<Inverse> links, int page, boolean hasNext) {
        public static final int SIZE = 50;
    }
}
