package org.communskg.importer;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated HTML documents, as structures rather than strings: nested elements of the kinds
 * article pages use (metadata, navigation, article, paragraphs, lists, tables, scripts), French
 * and arbitrary text, attributes, and now and then a tag left open or a stray one.
 */
final class RandomHtml {
    private static final List<String> BLOCKS = List.of("div", "section", "article", "main", "nav", "header", "footer",
            "aside", "ul", "table", "blockquote", "form");
    private static final List<String> LEAVES = List.of("p", "h1", "h2", "li", "td", "figcaption", "pre", "span", "a",
            "script", "style", "button");
    private static final List<String> METAS = List.of("og:title", "og:site_name", "og:url", "article:published_time",
            "author", "og:locale", "date");

    private RandomHtml() {
    }

    static Arbitrary<String> documents() {
        return Combinators.combine(head(), element(3), Arbitraries.of("", "fr", "en", "de", "fr-FR", "x"),
                Arbitraries.of(true, true, true, false)).as((head, body, lang, withBody) ->
                "<!doctype html><html lang=\"" + lang + "\"><head>" + head + "</head>"
                        + (withBody ? "<body>" + body + "</body>" : body) + "</html>");
    }

    private static Arbitrary<String> head() {
        Arbitrary<String> meta = Combinators.combine(Arbitraries.of(METAS), RandomText.phrase())
                .as((name, value) -> "<meta property=\"" + name + "\" content=\"" + value.replace("\"", "&quot;") + "\">");
        Arbitrary<String> title = RandomText.phrase().map(t -> "<title>" + escape(t) + "</title>");
        Arbitrary<String> ld = RandomText.phrase().map(t -> "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"" + t.replace("\"", "") + "\",\"datePublished\":\"" + t.replace("\"", "") + "\"}</script>");
        return Arbitraries.oneOf(meta, title, ld, Arbitraries.just("<link rel=canonical href=\"::not a url\">"))
                .list().ofMaxSize(5).map(l -> String.join("", l));
    }

    private static Arbitrary<String> element(int depth) {
        Arbitrary<String> leaf = Combinators.combine(Arbitraries.of(LEAVES), attributes(), RandomText.phrase(),
                Arbitraries.of(true, true, true, true, false))
                .as((tag, attrs, text, closed) -> "<" + tag + attrs + ">" + escape(text) + (closed ? "</" + tag + ">" : ""));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> block = Combinators.combine(Arbitraries.of(BLOCKS), attributes(),
                Arbitraries.lazy(() -> element(depth - 1)).list().ofMaxSize(4))
                .as((tag, attrs, children) -> "<" + tag + attrs + ">" + String.join("", children) + "</" + tag + ">");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(3, block),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("</p>", "<br>", "<!-- x -->", "&amp;", "<", "</div></body>")));
    }

    private static Arbitrary<String> attributes() {
        return Arbitraries.of("", " class=\"share\"", " class=\"content\"", " id=\"menu\"", " role=\"main\"",
                " aria-hidden=\"true\"", " datetime=\"2024-02-30\"", " lang=\"es\"");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
