package org.communskg.importer;

import java.util.Locale;

/**
 * One curator's correction, a row of the corrections file.
 *
 * @param id           stable identifier, used in provenance ({@code {base}correction/ID})
 * @param action       what to do
 * @param subject      the person or organization it is about, as the importer names it
 * @param value        the role words, or the name to merge into
 * @param organization the organization of an added or rejected role, or null
 * @param article      the article URL it applies to, or null for every article
 * @param note         why, in the curator's words
 */
public record Correction(String id, Action action, String subject, String value, String organization,
                         String article, String note) {

    /** The kinds of correction. */
    public enum Action {
        REJECT_PERSON, REJECT_ORG, REJECT_ROLE, REJECT_EVENT, MERGE_PERSON, MERGE_ORG, ADD_ROLE;

        /** {@code reject-person} → {@link #REJECT_PERSON}. */
        public static Action parse(String text) {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public boolean appliesTo(Article a) {
        return article == null || article.equals(a.url()) || article.equals(a.source());
    }
}
