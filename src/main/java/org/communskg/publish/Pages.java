package org.communskg.publish;

/**
 * Which page of each long list of an entity's page to read, each numbered from 1: an entity named
 * in thousands of articles is read a page at a time, list by list.
 *
 * <pre>{@code
 * EntityView v = publisher.view(iri, Pages.FIRST.withMentions(3));   // the third page of mentions
 * }</pre>
 *
 * @param roles          the page of memberships
 * @param events         the page of events
 * @param coParticipants the page of co-participants
 * @param mentions       the page of articles that mention it
 * @param inverse        the page of statements pointing to it
 */
public record Pages(int roles, int events, int coParticipants, int mentions, int inverse) {
    /** The first page of every list. */
    public static final Pages FIRST = new Pages(1, 1, 1, 1, 1);

    public Pages {
        roles = Math.max(1, roles);
        events = Math.max(1, events);
        coParticipants = Math.max(1, coParticipants);
        mentions = Math.max(1, mentions);
        inverse = Math.max(1, inverse);
    }

    public Pages withMentions(int page) {
        return new Pages(roles, events, coParticipants, page, inverse);
    }
}
