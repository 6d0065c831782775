/**
 * Full-text search over the graph, knowing nothing of HTTP: names, acronyms, aliases, article
 * titles and evidence sentences, French-aware, ranked. On the embedded store it runs jena-text's
 * {@code text:query}; on a remote store, a plainer SPARQL fallback ({@code CONTAINS} over folded
 * text).
 */
package org.communskg.search;
