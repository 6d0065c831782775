package org.communskg.search;

import java.util.List;

/** Finds the literals that match what a reader typed: by the text index, or by a SPARQL fallback. */
interface Matcher {
    /**
     * @param words what was typed, not blank
     * @param max   the most matches to return
     */
    List<Match> matches(String words, int max);
}
