package org.communskg.importer.extract;

import org.communskg.importer.Article;

/**
 * Turns an article's text into facts. Implementations must be deterministic: the same article
 * gives the same extraction, so re-importing is idempotent.
 *
 * <pre>{@code
 * Extractor extractor = new RuleBasedExtractor(Authority.bundled());
 * Extraction facts = extractor.extract(article);
 * }</pre>
 */
public interface Extractor {
    Extraction extract(Article article);
}
