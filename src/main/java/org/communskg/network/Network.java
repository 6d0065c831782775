package org.communskg.network;

import java.util.List;
import org.communskg.search.Kind;

/**
 * A drawable network.
 *
 * @param nodes     the nodes, most connected first
 * @param edges     the edges between those nodes
 * @param total     how many nodes matched before the limit
 */
public record Network(List<NodeInfo> nodes, List<Edge> edges, int total) {

    /** Whether the limit left nodes out. */
    public boolean truncated() {
        return total > nodes.size();
    }

    /**
     * A person, organization or event.
     *
     * @param iri    its IRI
     * @param kind   person, organization or event
     * @param label  its preferred name
     * @param degree how many distinct neighbours it has in the network shown
     * @param date   an event's start date ({@code 2024-05-14}, or {@code --05-14} without year), else null
     */
    public record NodeInfo(String iri, Kind kind, String label, int degree, String date) {
    }

    /**
     * A link: a membership (person → organization), an event role (person or organization → event:
     * organizer, sponsor, attendee, speaker, moderator) or a part (event part → event).
     */
    public record Edge(String source, String target, String relation) {
    }
}
