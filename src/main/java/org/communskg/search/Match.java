package org.communskg.search;

import org.apache.jena.graph.Node;

/**
 * One literal that matched a search, before ranking: an entity may match through several.
 *
 * @param subject   the entity
 * @param kind      its kind
 * @param predicate the property of the literal (a name, an alias, a title, an evidence sentence)
 * @param text      the literal, or the highlighted fragment of it
 * @param score     the index's relevance score (1 when the store cannot score)
 */
record Match(Node subject, Kind kind, Node predicate, String text, double score) {
}
