package org.communskg.search;

import org.apache.jena.graph.Node;

/**
 * One ranked search result.
 *
 * @param iri     the entity
 * @param kind    what it is
 * @param label   its preferred name (or title)
 * @param snippet the text that matched, the matched words between {@link #MARK_START} and
 *                {@link #MARK_END} when the search can tell them
 * @param score   the rank, higher first; comparable within one search only
 */
public record SearchHit(Node iri, Kind kind, String label, String snippet, double score) {
    /** Opens a matched word in {@link #snippet()} (a private-use character, never in article text). */
    public static final char MARK_START = '\uE000';
    /** Closes a matched word in {@link #snippet()}. */
    public static final char MARK_END = '\uE001';

    /** The snippet without its marks. */
    public String plainSnippet() {
        return unmarked(snippet);
    }

    /** A text without the marks of matched words. */
    public static String unmarked(String s) {
        return s.replace(String.valueOf(MARK_START), "").replace(String.valueOf(MARK_END), "");
    }
}
