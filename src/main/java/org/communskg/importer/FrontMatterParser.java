package org.communskg.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown or plain text with an optional YAML front matter block ({@code url}, {@code title},
 * {@code publisher}, {@code date}, {@code language}, {@code author}). Only flat {@code key: value}
 * pairs are read: that is all the article format uses.
 *
 * <pre>{@code
 * Article a = FrontMatterParser.parse("data/articles/seed-article.md", text);
 * }</pre>
 */
public final class FrontMatterParser {
    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\s{0,3}(#{1,6}|>|[-*+]|\\d+[.)])\\s+");
    private static final Pattern BOLD_LINE = Pattern.compile("\\s*(\\*\\*|__)[^*_]+(\\*\\*|__)\\s*");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");

    private FrontMatterParser() {
    }

    public static Article parse(String source, String text) {
        String body = text.replace("\r\n", "\n").replace('\r', '\n');
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        if (body.startsWith("---\n")) {
            int end = body.indexOf("\n---", 4);
            if (end < 0) {
                throw new ImportException(source, "front matter opened with --- is never closed");
            }
            readMeta(source, body.substring(4, end), meta);
            int next = body.indexOf('\n', end + 4);
            body = next < 0 ? "" : body.substring(next + 1);
        }
        String date = Dates.isoDate(meta.get("date"));
        if (meta.get("date") != null && date == null) {
            throw new ImportException(source, "front matter date '" + shorten(meta.get("date"))
                    + "' is not a date (YYYY-MM-DD or DD/MM/YYYY)");
        }
        // "lang" and "source" are what several static-site generators call the language and the URL.
        return new Article(source, meta.getOrDefault("url", webAddress(meta.get("source"))), meta.get("title"),
                meta.get("publisher"), date, meta.getOrDefault("language", meta.get("lang")), meta.get("author"),
                paragraphs(body));
    }

    /**
     * Reads the flat {@code key: value} pairs. Comments, blank lines and the indented or {@code -}
     * lines of YAML lists and folded values are passed over; any other line is not YAML.
     */
    private static void readMeta(String source, String block, Map<String, String> meta) {
        String[] lines = block.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = KEY_VALUE.matcher(line);
            if (m.matches()) {
                String value = unquote(m.group(2).strip());
                if (!value.isEmpty()) {
                    meta.put(m.group(1).toLowerCase(java.util.Locale.ROOT), value);
                }
            } else if (!line.isBlank() && !line.startsWith("#") && !line.startsWith(" ") && !line.startsWith("- ")) {
                throw new ImportException(source, "front matter line " + (i + 2) + " is not YAML 'key: value': '"
                        + shorten(line) + "'");
            }
        }
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    private static String webAddress(String value) {
        return value != null && value.matches("https?://\\S+") ? value : null;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            String inner = value.substring(1, value.length() - 1);
            return value.startsWith("'") ? inner.replace("''", "'") : inner.replace("\\\"", "\"");
        }
        return value;
    }

    /**
     * Splits on blank lines and removes Markdown markup that is not text. Soft-wrapped lines are
     * joined, but a list item or a heading keeps its own line: "- X, maire de Y" under
     * "Intervenants :" is one speaker per line, not one run-on sentence.
     */
    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String block : body.split("\n\\s*\n")) {
            String text = Emphasis.titlesQuoted(lines(LINK.matcher(block).replaceAll("$1")))
                    .replaceAll("(\\*\\*|__|(?<![\\w*])\\*(?!\\s)|`)", "")
                    .strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    /** Joins soft-wrapped lines with a space; a list item or heading starts a line of its own, without its marker. */
    private static String lines(String block) {
        StringBuilder sb = new StringBuilder();
        boolean afterHeading = false;
        for (String line : block.split("\n")) {
            Matcher item = ITEM.matcher(line);
            // A line set wholly in bold is a heading ("**Session 1 – 6 November: "Title"**"): it and the next line stand alone.
            boolean bold = BOLD_LINE.matcher(line).matches();
            boolean own = item.lookingAt() && !item.group(1).equals(">") || bold || afterHeading;
            afterHeading = bold || item.lookingAt() && item.group(1).startsWith("#");
            String text = (item.lookingAt() ? line.substring(item.end()) : line).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(own ? '\n' : ' ');
            }
            sb.append(text);
        }
        return sb.toString();
    }
}
