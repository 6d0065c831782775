package org.communskg.importer;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page: title, date and publisher from the page's own metadata ({@code <title>},
 * OpenGraph, {@code article:published_time}, JSON-LD {@code NewsArticle}), and the main text
 * without navigation, headers, footers, scripts or forms. A page with no body text is refused.
 *
 * <pre>{@code
 * Article a = HtmlArticleParser.parse("https://example.org/a", html, "https://example.org/a");
 * }</pre>
 */
public final class HtmlArticleParser {
    private static final String BOILERPLATE = "nav, header, footer, aside, script, style, noscript, form, iframe, svg, "
            + "button, template, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final String NOISY_CLASS = "(?i).*\\b(nav|menu|breadcrumb|share|sharing|social|cookie|newsletter|"
            + "sidebar|related|comments?|footer|header|skip|pagination|tags)\\b.*";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, dd, dt, td, pre";

    private HtmlArticleParser() {
    }

    /**
     * @param source  what to name in messages
     * @param html    the page
     * @param baseUrl the page's address, or null for a local file
     */
    public static Article parse(String source, String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        JsonLdArticle ld = JsonLdArticle.find(doc);
        String url = first(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url"), ld.url(), baseUrl);
        String title = first(meta(doc, "og:title"), ld.headline(), doc.title().isBlank() ? null : doc.title().strip());
        String date = Dates.isoDate(first(meta(doc, "article:published_time"), ld.datePublished(),
                attr(doc, "time[datetime]", "datetime"), meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "DC.date")));
        String publisher = first(meta(doc, "og:site_name"), ld.publisher());
        String language = first(doc.selectFirst("html") == null ? null : blankToNull(doc.selectFirst("html").attr("lang")),
                meta(doc, "og:locale"), ld.inLanguage());
        String author = first(meta(doc, "author"), meta(doc, "article:author"), ld.author());
        List<String> text = mainText(doc);
        if (text.isEmpty()) {
            throw new ImportException(source, "the HTML page has no body text");
        }
        return new Article(source, url, title, publisher, date, primaryLanguage(language), author, text);
    }

    static List<String> mainText(Document doc) {
        Element root = first(doc.selectFirst("article"), doc.selectFirst("main"), doc.selectFirst("[role=main]"), doc.body());
        if (root == null) {
            return List.of();
        }
        Element copy = root.clone();
        // A <footer> inside a quotation is its attribution ("X, directrice de Y"), not page furniture.
        copy.select("blockquote footer, figure footer").tagName("p");
        copy.select(BOILERPLATE).remove();
        copy.getAllElements().stream()
                .filter(e -> e != copy && (e.className().matches(NOISY_CLASS) || e.id().matches(NOISY_CLASS)))
                .toList()
                .forEach(Element::remove);
        // A title set in <cite> or italics reads like one in quotation marks (see Emphasis).
        copy.select("cite, em, i").stream().filter(e -> Emphasis.isTitle(e.text())).forEach(e -> {
            e.prependText("« ");
            e.appendText(" »");
        });
        List<String> paragraphs = new ArrayList<>();
        for (Element block : copy.select(BLOCKS)) {
            if (!block.is("li, td, dd") && block.select(BLOCKS).stream().anyMatch(inner -> inner != block)) {
                continue; // a container of other blocks: its children are read on their own
            }
            String text = block.text().strip();
            if (!text.isEmpty() && (paragraphs.isEmpty() || !paragraphs.get(paragraphs.size() - 1).equals(text))) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty() && !copy.text().isBlank()) {
            paragraphs.add(copy.text().strip());
        }
        return paragraphs;
    }

    private static String primaryLanguage(String tag) {
        return tag == null ? null : tag.replace('_', '-').split("-")[0].toLowerCase(java.util.Locale.ROOT);
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String attr(Document doc, String css, String attribute) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(e.attr(attribute));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @SafeVarargs
    static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
