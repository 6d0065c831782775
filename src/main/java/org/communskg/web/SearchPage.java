package org.communskg.web;

import java.util.List;
import org.communskg.search.SearchHit;

/** The search page: the box, then the ranked results with their kind, a link and the matched text. */
final class SearchPage {
    private SearchPage() {
    }

    static String render(String q, List<SearchHit> hits, Hrefs hrefs, boolean fullText) {
        StringBuilder b = new StringBuilder("<h1>Recherche</h1>").append(box(q, "search-page"));
        if (!q.isEmpty()) {
            b.append("<p class=\"meta\">").append(hits.size()).append(hits.size() == 1 ? " résultat" : " résultats")
                    .append(" pour « ").append(Html.escape(q)).append(" »")
                    .append(fullText ? "" : " (recherche simple : ce magasin n’a pas d’index plein texte)").append("</p>");
        }
        b.append("<ol class=\"search-results\">");
        for (SearchHit h : hits) {
            b.append("<li class=\"search-result\" data-kind=\"").append(h.kind().key()).append("\">")
                    .append(hrefs.a(h.iri().getURI(), h.label()))
                    .append(" <span class=\"type\">").append(Html.escape(h.kind().label())).append("</span>")
                    .append("<p class=\"snippet\">").append(marked(h.snippet())).append("</p></li>");
        }
        return Html.page(q.isEmpty() ? "Recherche" : q + " · recherche", b.append("</ol>").toString());
    }

    /** A search box; the same form in the header, on the home page and here. */
    static String box(String q, String cls) {
        return "<form class=\"search " + cls + "\" role=\"search\" method=\"get\" action=\"" + SearchController.PATH + "\">"
                + "<input type=\"search\" name=\"q\" value=\"" + Html.escape(q) + "\" placeholder=\"INJEP, Wikimédia, communs…\""
                + " aria-label=\"Rechercher dans le graphe\"> <button type=\"submit\">Rechercher</button></form>";
    }

    /** The escaped snippet, its matched words in {@code <mark>}: escaping first, so only our marks become tags. */
    static String marked(String snippet) {
        return Html.escape(snippet).replace(String.valueOf(SearchHit.MARK_START), "<mark>")
                .replace(String.valueOf(SearchHit.MARK_END), "</mark>");
    }
}
