package org.communskg.importer.extract;

/**
 * Where a fact came from: the sentence of the article and how sure the extractor is.
 *
 * @param sentence   the sentence, as it reads in the article
 * @param confidence in [0, 1]
 */
public record Evidence(String sentence, double confidence) {
    public Evidence {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
        sentence = sentence == null ? "" : sentence.strip();
    }
}
