package org.communskg.web;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.communskg.model.Vocab;
import org.communskg.publish.EntityView.Link;
import org.communskg.publish.Publisher;

/**
 * Links in pages: IRIs minted under the base point to this server's {@code /id/} pages, other
 * http(s) IRIs point outside, anything else (a {@code javascript:} URL read from an article) is
 * shown as text only. Every text is escaped.
 */
final class Hrefs {
    private final Publisher publisher;

    Hrefs(Publisher publisher) {
        this.publisher = publisher;
    }

    /** Where a link to this IRI goes, or null when it must not be a link. */
    String href(String iri) {
        if (iri == null) {
            return null;
        }
        if (iri.startsWith(publisher.base())) {
            return EntityController.PREFIX + iri.substring(publisher.base().length());
        }
        return iri.startsWith("https://") || iri.startsWith("http://") ? iri : null;
    }

    String a(Link link) {
        return link == null ? "" : a(link.iri().isURI() ? link.iri().getURI() : null, link.text());
    }

    String a(String iri, String text) {
        String href = href(iri);
        String shown = Html.escape(text == null ? iri : text);
        return href == null ? shown : "<a href=\"" + Html.escape(href) + "\">" + shown + "</a>";
    }

    String all(List<Link> links) {
        return links.stream().map(this::a).collect(Collectors.joining(", "));
    }

    /** A term as a reader knows it: {@code schema:Person} rather than the full IRI. */
    static String term(Node iri) {
        return iri.isURI() ? Vocab.prefixes().shortForm(iri.getURI()) : iri.toString();
    }
}
