/**
 * Scoring extractions against gold annotations (see GOLD-FORMAT.md): per-category counts,
 * precision, recall and F1, micro-averaged over articles.
 */
package org.communskg.importer.extract.eval;
