/**
 * Small language helpers for the rule-based extractor: folding, sentence splitting, tokens and
 * the word lists (first names, role nouns, organization heads, stop words) kept as resources.
 */
package org.communskg.importer.extract.text;
