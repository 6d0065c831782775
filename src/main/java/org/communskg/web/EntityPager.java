package org.communskg.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.communskg.publish.EntityView.Slice;
import org.communskg.publish.Pages;

/**
 * The query parameters that pick a page of each long list of an entity's page ({@code ?mentions=3},
 * {@code ?roles=2}, {@code ?events=}, {@code ?participants=}, and {@code ?page=} for the inverse
 * links), and the "previous" / "next" links between pages. A link keeps the other lists' pages.
 */
final class EntityPager {
    static final String ROLES = "roles";
    static final String EVENTS = "events";
    static final String PARTICIPANTS = "participants";
    static final String MENTIONS = "mentions";
    static final String INVERSE = "page";

    private final Map<String, Integer> pages = new LinkedHashMap<>();

    EntityPager(Pages p) {
        pages.put(ROLES, p.roles());
        pages.put(EVENTS, p.events());
        pages.put(PARTICIPANTS, p.coParticipants());
        pages.put(MENTIONS, p.mentions());
        pages.put(INVERSE, p.inverse());
    }

    /** The pages a request asks for; a missing parameter is the first page. */
    static Pages parse(Context ctx) {
        return new Pages(number(ctx, ROLES), number(ctx, EVENTS), number(ctx, PARTICIPANTS), number(ctx, MENTIONS),
                number(ctx, INVERSE));
    }

    private static int number(Context ctx, String name) {
        String page = ctx.queryParam(name);
        if (page == null) {
            return 1;
        }
        if (!page.matches("[1-9][0-9]{0,8}")) {
            throw new BadRequestException(name + " must be a whole number from 1, not '" + page + "'");
        }
        return Integer.parseInt(page);
    }

    /** The address of this page with list {@code param} at page {@code page}, the others unchanged. */
    String href(String param, int page, String anchor) {
        StringJoiner query = new StringJoiner("&", "?", "#" + anchor);
        pages.forEach((name, current) -> {
            int n = name.equals(param) ? page : current;
            if (n > 1 || name.equals(param)) {
                query.add(name + "=" + n);
            }
        });
        return query.toString();
    }

    /** "1–50 sur 2 795", with the links to the previous and next pages of a list. */
    String nav(Slice<?> s, String param, String anchor) {
        StringBuilder b = new StringBuilder("<nav class=\"pager\">");
        if (s.page() > 1) {
            b.append("<a rel=\"prev\" href=\"").append(Html.escape(href(param, s.page() - 1, anchor)))
                    .append("\">Page précédente</a> ");
        }
        long last = s.first() + s.items().size() - 1;
        b.append("<span class=\"count\">").append(s.items().isEmpty() ? "aucun" : s.first() + "–" + last)
                .append(" sur ").append(s.atLeast() ? "plus de " : "").append(s.total()).append("</span>");
        if (s.hasNext()) {
            b.append(" <a rel=\"next\" href=\"").append(Html.escape(href(param, s.page() + 1, anchor)))
                    .append("\">Page suivante</a>");
        }
        return b.append("</nav>").toString();
    }

    /** The pager of a list, when it has more than one page. */
    String navIfPaged(Slice<?> s, String param, String anchor) {
        return s.hasNext() || s.page() > 1 ? nav(s, param, anchor) : "";
    }
}
