package org.communskg.web;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.communskg.model.Vocab;
import org.communskg.publish.EntityView.Event;
import org.communskg.publish.EntityView.Link;

/** An event on a page: its date, its parent, who organized and supported it, its parts with speakers and moderators. */
final class EventHtml {
    private static final Map<Node, String> HOW = Map.of(
            Vocab.SCHEMA_ORGANIZER, "organisation", Vocab.SCHEMA_SPONSOR, "soutien",
            Vocab.SCHEMA_ATTENDEE, "participation", Vocab.SCHEMA_PERFORMER, "intervention",
            Vocab.CKG_MODERATOR, "modération");

    private final Hrefs hrefs;

    EventHtml(Hrefs hrefs) {
        this.hrefs = hrefs;
    }

    String render(Event e) {
        StringBuilder b = new StringBuilder("<article class=\"event\"><h3>").append(hrefs.a(e.event())).append("</h3>");
        StringBuilder meta = new StringBuilder();
        if (e.how() != null) {
            meta.append("<span class=\"how\">").append(Html.escape(HOW.getOrDefault(e.how(), Hrefs.term(e.how()))))
                    .append("</span> ");
        }
        if (e.date() != null) {
            meta.append("<time>").append(Html.escape(e.date())).append("</time> ");
        }
        if (e.parent() != null) {
            meta.append("partie de ").append(hrefs.a(e.parent()));
        }
        if (!meta.isEmpty()) {
            b.append("<p class=\"meta\">").append(meta).append("</p>");
        }
        b.append(people(e));
        if (!e.parts().isEmpty()) {
            b.append("<h4>Parties</h4><ul class=\"parts\">");
            e.parts().forEach(p -> b.append("<li><strong>").append(hrefs.a(p.event())).append("</strong>")
                    .append(p.date() == null ? "" : " <time>" + Html.escape(p.date()) + "</time>").append(people(p))
                    .append("</li>"));
            b.append("</ul>");
        }
        return b.append("</article>").toString();
    }

    private String people(Event e) {
        StringBuilder b = new StringBuilder();
        row(b, "Organisé par", e.organizers());
        row(b, "Soutenu par", e.sponsors());
        row(b, "Participants", e.attendees());
        row(b, "Intervenants", e.performers());
        row(b, "Modération", e.moderators());
        return b.isEmpty() ? "" : "<dl class=\"people\">" + b + "</dl>";
    }

    private void row(StringBuilder b, String title, List<Link> links) {
        if (!links.isEmpty()) {
            b.append("<dt>").append(title).append("</dt><dd>").append(hrefs.all(links)).append("</dd>");
        }
    }
}
