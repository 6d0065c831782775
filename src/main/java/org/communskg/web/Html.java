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
        return page(title, "", body);
    }

    /** A page whose head also holds {@code head} (stylesheets, scripts: files only, never inline). */
    static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · communs-kg</title>"
                + "<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">"
                + "<link rel=\"stylesheet\" href=\"/assets/site.css\">" + head + "</head><body>"
                + "<header><a class=\"brand\" href=\"/\">communs-kg</a> <nav><a href=\"/workbench\">Atelier</a> "
                + "<a href=\"/#query\">SPARQL</a> <a href=\"/queries\">Requêtes</a> <a href=\"/ontology\">Ontologie</a> <a href=\"/dumps\">Téléchargements</a> <a href=\"/network\">Réseau</a></nav>"
                + SearchPage.box("", "search-header") + "</header><main>" + body + "</main></body></html>\n";
    }

    /**
     * Script tags for files served by the app ({@code /assets/}, {@code /vendor/}), deferred, never
     * inline, so that a {@code script-src 'self'} policy holds; for {@link #page(String, String, String)}'s head.
     */
    static String scripts(String... sources) {
        StringBuilder tags = new StringBuilder();
        for (String src : sources) {
            tags.append("<script src=\"").append(escape(src)).append("\" defer></script>");
        }
        return tags.toString();
    }
}
