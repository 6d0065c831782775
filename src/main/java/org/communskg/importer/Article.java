package org.communskg.importer;

import java.util.List;

/**
 * One article, read from a file or a URL, before extraction.
 *
 * @param source    where it was read from (a path or a URL), for messages
 * @param url       the article's canonical URL, or null when unknown
 * @param title     the headline, or null
 * @param publisher the publisher's name, or null
 * @param date      publication date as ISO 8601 (YYYY-MM-DD), or null
 * @param language  BCP 47 language tag, "fr" when nothing says otherwise
 * @param author    the byline, or null
 * @param paragraphs the main text, one entry per paragraph, navigation and markup removed
 */
public record Article(
        String source,
        String url,
        String title,
        String publisher,
        String date,
        String language,
        String author,
        List<String> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        language = language == null || language.isBlank() ? "fr" : language.strip();
    }

    /** The main text, paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** The year of publication, or null when the date is unknown. */
    public Integer year() {
        return date != null && date.matches("\\d{4}.*") ? Integer.valueOf(date.substring(0, 4)) : null;
    }
}
