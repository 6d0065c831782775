package org.communskg.web;

/** Server-side HTML: escaping of untrusted text and the page frame shared by every page. */
final class Html {
    private Html() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String page(String title, String body) {
        return page(title, body, new String[0]);
    }

    /**
     * A page loading scripts: only files served by the app ({@code /assets/}, {@code /vendor/}),
     * deferred, never inline, so that a {@code script-src 'self'} policy holds.
     */
    static String page(String title, String body, String... scripts) {
        StringBuilder tags = new StringBuilder();
        for (String src : scripts) {
            tags.append("<script src=\"").append(escape(src)).append("\" defer></script>");
        }
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · communs-kg</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/site.css\">" + tags + "</head><body>"
                + "<header><a class=\"brand\" href=\"/\">communs-kg</a> <nav><a href=\"/#query\">SPARQL</a> "
                + "<a href=\"/queries\">Requêtes</a> <a href=\"/ontology\">Ontologie</a> <a href=\"/dumps\">Téléchargements</a></nav>"
                + SearchPage.box("", "search-header") + "</header><main>" + body + "</main></body></html>\n";
    }
}
