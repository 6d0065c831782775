package org.communskg.importer.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communskg.importer.Article;

/** Test-only reader for the dev-set Markdown files: a "---" front matter, then paragraphs. */
final class MarkdownArticles {
    private MarkdownArticles() {
    }

    static Article read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article parse(String source, String text) {
        Map<String, String> meta = new HashMap<>();
        String body = text;
        if (text.startsWith("---")) {
            int end = text.indexOf("\n---", 3);
            for (String line : text.substring(3, end).split("\\R")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String v = line.substring(colon + 1).strip();
                    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                        v = v.substring(1, v.length() - 1);
                    }
                    meta.put(line.substring(0, colon).strip(), v);
                }
            }
            body = text.substring(text.indexOf('\n', end + 1) + 1);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : body.split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                // The same emphasis clean-up as FrontMatterParser, so the dev set is read as the importer reads it.
                paragraphs.add(org.communskg.importer.Emphasis.titlesQuoted(p).replaceAll("(\\*\\*|__|(?<![\\w*])\\*(?!\\s)|`)", "").strip());
            }
        }
        return new Article(source, meta.get("url"), meta.get("title"), meta.get("publisher"), meta.get("date"),
                meta.get("language"), meta.get("author"), paragraphs);
    }

    /** A one-paragraph French article, for pattern tests. */
    static Article of(String... paragraphs) {
        return new Article("test", null, null, null, null, "fr", null, List.of(paragraphs));
    }

    /** A one-paragraph article with a publisher and a date. */
    static Article withPublisher(String publisher, String date, String... paragraphs) {
        return new Article("test", null, null, publisher, date, "fr", null, List.of(paragraphs));
    }
}
