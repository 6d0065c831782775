/**
 * The embedded store's full-text index: jena-text over Lucene, with a French analyzer (elisions,
 * case and accent folding, light stemming). The index is kept in the store's own transactions, so
 * every import and re-import updates it. Usable in SPARQL as {@code text:query}.
 */
package org.communskg.store.text;
