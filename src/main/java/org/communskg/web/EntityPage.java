package org.communskg.web;

import java.util.List;
import java.util.function.Function;
import org.communskg.model.Vocab;
import org.communskg.publish.EntityView;
import org.communskg.publish.EntityView.Label;
import org.communskg.publish.EntityView.Link;
import org.communskg.publish.EntityView.Mention;
import org.communskg.publish.EntityView.Role;
import org.communskg.publish.Pages;
import org.communskg.publish.Publisher;
import org.communskg.search.Kind;

/**
 * An entity's HTML page, rendered on the server and readable without JavaScript. Every text
 * comes from articles and is escaped.
 */
final class EntityPage {
    private final Hrefs hrefs;
    private final EventHtml events;
    private final EntityLinksHtml links;

    EntityPage(Publisher publisher) {
        this.hrefs = new Hrefs(publisher);
        this.events = new EventHtml(hrefs);
        this.links = new EntityLinksHtml(hrefs, publisher.pageSize());
    }

    /** The page of {@code v}, read at {@code pages}; the pagers' links keep the other lists' pages. */
    String render(EntityView v, Pages pages) {
        EntityPager pager = new EntityPager(pages);
        StringBuilder b = new StringBuilder("<article class=\"entity\"><h1>").append(Html.escape(v.title())).append("</h1>");
        b.append("<p class=\"types\">");
        v.types().forEach(t -> b.append("<span class=\"type\">").append(Html.escape(Hrefs.term(t))).append("</span> "));
        b.append("</p><p class=\"iri\"><code>").append(Html.escape(v.iri().getURI())).append("</code></p>");
        if (v.labels().size() > 1) {
            section(b, "labels", "Noms", list("labels", v.labels(), EntityPage::label));
        }
        if (!v.roles().isEmpty()) {
            section(b, "roles", "Rôles", roles(v) + pager.navIfPaged(v.roles(), EntityPager.ROLES, "roles"));
        }
        if (!v.organizations().isEmpty()) {
            section(b, "organizations", "Organisations", list("links", v.organizations(), hrefs::a));
        }
        if (!v.events().isEmpty()) {
            StringBuilder ev = new StringBuilder();
            v.events().items().forEach(e -> ev.append(events.render(e)));
            ev.append(pager.navIfPaged(v.events(), EntityPager.EVENTS, "events"));
            boolean self = v.types().contains(Vocab.SCHEMA_EVENT);
            section(b, "events", self ? "L’événement" : "Événements", ev.toString());
        }
        if (!v.coParticipants().isEmpty()) {
            section(b, "co-participants", "Co-participants", list("links", v.coParticipants().items(), hrefs::a)
                    + pager.navIfPaged(v.coParticipants(), EntityPager.PARTICIPANTS, "co-participants"));
        }
        List<Link> mentioned = v.facts().getOrDefault(Vocab.SCHEMA_MENTIONS, List.of()).stream()
                .filter(x -> x.link() != null).map(EntityView.Value::link).toList();
        if (!mentioned.isEmpty()) {
            section(b, "mentioned", "Ce que l’article mentionne", list("links", mentioned, hrefs::a));
        }
        if (!v.mentions().isEmpty()) {
            section(b, "mentions", "Articles qui le mentionnent", list("mentions", v.mentions().items(), this::mention)
                    + pager.navIfPaged(v.mentions(), EntityPager.MENTIONS, "mentions"));
        }
        if (!v.sameAs().isEmpty()) {
            section(b, "same-as", "Identifiants équivalents", list("links", v.sameAs(), hrefs::a));
        }
        boolean drawn = neighbourhood(b, v);
        b.append(links.render(v, pager));
        String body = b.append("</article>").toString();
        return Html.page(v.title(), drawn ? Html.scripts(NetworkPage.GRAPH_SCRIPTS) : "", body);
    }

    /** A small drawing of a person's, organization's or event's direct neighbours, from their JSON. */
    private static boolean neighbourhood(StringBuilder b, EntityView v) {
        Kind kind = Kind.of(v.types());
        if (kind != Kind.PERSON && kind != Kind.ORGANIZATION && kind != Kind.EVENT) {
            return false;
        }
        String src = NetworkController.PATH + "/neighbourhood?iri="
                + java.net.URLEncoder.encode(v.iri().getURI(), java.nio.charset.StandardCharsets.UTF_8);
        section(b, "neighbourhood", "Voisinage", "<div class=\"graph-canvas neighbourhood-canvas\" data-src=\""
                + Html.escape(src) + "\" data-layout=\"concentric\" data-focus=\"" + Html.escape(v.iri().getURI())
                + "\"></div>");
        return true;
    }

    static void section(StringBuilder b, String id, String title, String content) {
        b.append("<section id=\"").append(id).append("\"><h2>").append(Html.escape(title)).append("</h2>")
                .append(content).append("</section>");
    }

    static <T> String list(String cls, List<T> items, Function<T, String> item) {
        StringBuilder b = new StringBuilder("<ul class=\"").append(cls).append("\">");
        items.forEach(i -> b.append("<li>").append(item.apply(i)).append("</li>"));
        return b.append("</ul>").toString();
    }

    private static String label(Label l) {
        String lang = l.lang().isEmpty() ? "" : " lang=\"" + Html.escape(l.lang()) + "\"";
        return "<span" + lang + ">" + Html.escape(l.text()) + "</span>"
                + (l.lang().isEmpty() ? "" : " <small>" + Html.escape(l.lang()) + "</small>");
    }

    /** A timeline when the articles give dates, a plain list otherwise. */
    private String roles(EntityView v) {
        StringBuilder b = new StringBuilder(v.rolesDated() ? "<ol class=\"timeline\">" : "<ul class=\"roles\">");
        for (Role r : v.roles().items()) {
            b.append("<li class=\"role-item\">");
            if (v.rolesDated()) {
                b.append("<time>").append(r.date() == null ? "date inconnue" : Html.escape(r.date())).append("</time> ");
            }
            if (!r.person().iri().equals(v.iri())) {
                b.append(hrefs.a(r.person())).append(", ");
            }
            b.append("<span class=\"role\">").append(Html.escape(r.role() == null ? "membre" : r.role())).append("</span>");
            if (r.organization() != null && !r.organization().iri().equals(v.iri())) {
                b.append(" — <span class=\"org\">").append(hrefs.a(r.organization())).append("</span>");
            }
            if (r.evidence() != null) {
                b.append(evidence(r.evidence()));
            }
            if (r.article() != null) {
                b.append("<p class=\"source\">Source : ").append(hrefs.a(r.article())).append("</p>");
            }
            b.append("</li>");
        }
        return b.append(v.rolesDated() ? "</ol>" : "</ul>").toString();
    }

    private String mention(Mention m) {
        StringBuilder b = new StringBuilder(hrefs.a(m.article()));
        if (m.date() != null) {
            b.append(" <time>").append(Html.escape(m.date())).append("</time>");
        }
        if (m.url() != null) {
            b.append(" — <a class=\"source-url\" href=\"").append(Html.escape(hrefs.href(m.url()) == null ? "#" : m.url()))
                    .append("\">").append(Html.escape(m.url())).append("</a>");
        }
        m.evidence().forEach(s -> b.append(evidence(s)));
        return b.toString();
    }

    private static String evidence(String sentence) {
        return "<blockquote class=\"evidence\">" + Html.escape(sentence) + "</blockquote>";
    }
}
