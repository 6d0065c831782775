package org.communskg.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.communskg.model.Vocab;
import org.communskg.publish.EntityView;
import org.communskg.publish.EntityView.InversePage;
import org.communskg.store.Formats;

/** The lower part of an entity page: its other statements, the links pointing to it (paginated) and its data. */
final class EntityLinksHtml {
    /** Shown in their own sections above. */
    private static final Set<Node> SHOWN = Set.of(Vocab.TYPE, Vocab.SCHEMA_MENTIONS, Vocab.OWL_SAME_AS,
            Vocab.SKOS_PREF_LABEL, Vocab.FOAF_NAME, Vocab.SCHEMA_NAME);

    private final Hrefs hrefs;
    private final int pageSize;

    /** @param pageSize the most values of one property shown (a hub has a sentence per article that names it) */
    EntityLinksHtml(Hrefs hrefs, int pageSize) {
        this.hrefs = hrefs;
        this.pageSize = pageSize;
    }

    String render(EntityView v, EntityPager pager) {
        StringBuilder b = new StringBuilder();
        String facts = facts(v);
        if (!facts.isEmpty()) {
            EntityPage.section(b, "facts", "Propriétés", "<dl class=\"facts\">" + facts + "</dl>");
        }
        if (!v.inverse().links().isEmpty() || v.inverse().page() > 1) {
            EntityPage.section(b, "inverse", "Liens entrants", inverse(v.inverse(), pager));
        }
        EntityPage.section(b, "data", "Données", data(v));
        return b.toString();
    }

    private String facts(EntityView v) {
        StringBuilder b = new StringBuilder();
        v.facts().forEach((p, values) -> {
            if (!SHOWN.contains(p)) {
                b.append("<dt>").append(Html.escape(Hrefs.term(p))).append("</dt>");
                values.stream().limit(pageSize).forEach(x -> b.append("<dd>").append(x.link() != null ? hrefs.a(x.link())
                        : Html.escape(x.literal().getLiteralLexicalForm())).append("</dd>"));
                if (values.size() > pageSize) {
                    b.append("<dd class=\"more\">… et ").append(values.size() - pageSize)
                            .append(" autres (voir les données)</dd>");
                }
            }
        });
        return b.toString();
    }

    private String inverse(InversePage page, EntityPager pager) {
        StringBuilder b = new StringBuilder(EntityPage.list("inverse", page.links(),
                l -> hrefs.a(l.subject()) + " <span class=\"predicate\">" + Html.escape(Hrefs.term(l.predicate())) + "</span>"));
        b.append("<nav class=\"pager\">");
        if (page.page() > 1) {
            b.append("<a rel=\"prev\" href=\"").append(Html.escape(pager.href(EntityPager.INVERSE, page.page() - 1, "inverse")))
                    .append("\">Page précédente</a> ");
        }
        b.append("<span>page ").append(page.page()).append("</span>");
        if (page.hasNext()) {
            b.append(" <a rel=\"next\" href=\"").append(Html.escape(pager.href(EntityPager.INVERSE, page.page() + 1, "inverse")))
                    .append("\">Page suivante</a>");
        }
        return b.append("</nav>").toString();
    }

    private String data(EntityView v) {
        String self = hrefs.href(v.iri().getURI());
        StringBuilder b = new StringBuilder("<ul class=\"data\"><li>RDF : ");
        List<String> formats = Formats.GRAPHS.stream().map(l -> "<a class=\"rdf\" href=\"" + Html.escape(self + LinkedData.suffix(l))
                + "\" type=\"" + l.getContentType().getContentTypeStr() + "\">" + label(l) + "</a>").toList();
        b.append(String.join(" · ", formats)).append("</li>");
        b.append("<li><a class=\"sparql\" href=\"").append(SparqlController.PATH).append("?query=")
                .append(Html.escape(URLEncoder.encode(v.describeQuery(), StandardCharsets.UTF_8)))
                .append("\">La requête SPARQL qui donne ces données</a></li>");
        b.append("<li>Licence : <a rel=\"license\" href=\"").append(Html.escape(v.licence().iri())).append("\">")
                .append(Html.escape(v.licence().name())).append("</a></li></ul>");
        return b.toString();
    }

    private static String label(Lang lang) {
        return Lang.RDFXML.equals(lang) ? "RDF/XML" : lang.getLabel();
    }
}
