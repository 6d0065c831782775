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
        return new Article(source, meta.get("url"), meta.get("title"), meta.get("publisher"),
                date, meta.get("language"), meta.get("author"), paragraphs(body));
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

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            String inner = value.substring(1, value.length() - 1);
            return value.startsWith("'") ? inner.replace("''", "'") : inner.replace("\\\"", "\"");
        }
        return value;
    }

    /** Splits on blank lines and removes Markdown markup that is not text. */
    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String block : body.split("\n\\s*\n")) {
            String text = LINK.matcher(block).replaceAll("$1")
                    .replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+[.)])\\s+", "")
                    .replaceAll("(\\*\\*|__|(?<![\\w*])\\*(?!\\s)|`)", "")
                    .replaceAll("\\s*\n\\s*", " ")
                    .strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }
}
