package org.communskg.importer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article metadata of a page's JSON-LD blocks ({@code NewsArticle} and its kin). */
record JsonLdArticle(String url, String headline, String datePublished, String publisher, String inLanguage, String author) {
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "BlogPosting",
            "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "WebPage");

    static JsonLdArticle find(Document doc) {
        JsonObject best = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonObject found = search(script.data());
            if (found != null && (best == null || !typeOf(found).equals("WebPage"))) {
                best = found;
            }
        }
        if (best == null) {
            return new JsonLdArticle(null, null, null, null, null, null);
        }
        return new JsonLdArticle(string(best.get("url")), string(best.get("headline")), string(best.get("datePublished")),
                name(best.get("publisher")), string(best.get("inLanguage")), name(best.get("author")));
    }

    private static JsonObject search(String json) {
        JsonValue root;
        try {
            root = JSON.parseAny(json);
        } catch (JsonParseException e) {
            return null; // a broken JSON-LD block is ignored; the HTML metadata still counts
        }
        Deque<JsonValue> todo = new ArrayDeque<>();
        todo.add(root);
        JsonObject page = null;
        while (!todo.isEmpty()) {
            JsonValue v = todo.poll();
            if (v.isArray()) {
                v.getAsArray().forEach(todo::add);
            } else if (v.isObject()) {
                JsonObject o = v.getAsObject();
                String type = typeOf(o);
                if (ARTICLE_TYPES.contains(type) && !type.equals("WebPage")) {
                    return o;
                }
                if (type.equals("WebPage") && page == null) {
                    page = o;
                }
                if (o.hasKey("@graph")) {
                    todo.add(o.get("@graph"));
                }
            }
        }
        return page;
    }

    private static String typeOf(JsonObject o) {
        JsonValue t = o.get("@type");
        if (t != null && t.isArray() && !t.getAsArray().isEmpty()) {
            JsonArray a = t.getAsArray();
            for (JsonValue each : a) {
                if (each.isString() && ARTICLE_TYPES.contains(each.getAsString().value())) {
                    return each.getAsString().value();
                }
            }
            return "";
        }
        return t != null && t.isString() ? t.getAsString().value() : "";
    }

    private static String string(JsonValue v) {
        return v != null && v.isString() ? HtmlArticleParser.blankToNull(v.getAsString().value()) : null;
    }

    private static String name(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isArray()) {
            return v.getAsArray().isEmpty() ? null : name(v.getAsArray().get(0));
        }
        return v.isObject() ? string(v.getAsObject().get("name")) : string(v);
    }
}
