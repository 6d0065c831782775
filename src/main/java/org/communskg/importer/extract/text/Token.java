package org.communskg.importer.extract.text;

/**
 * A word or punctuation mark of a sentence, with its character offsets in the sentence.
 *
 * @param text  the token as written
 * @param start offset of its first character
 * @param end   offset after its last character
 */
public record Token(String text, int start, int end) {

    /** Starts with an upper-case letter. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** A letter or digit word (not punctuation, not an elided article). */
    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0)) && !isElision();
    }

    /** "l'", "d'", "qu'"... */
    public boolean isElision() {
        return text.endsWith("'") || text.endsWith("’");
    }

    /** Looks like an acronym: at least two capitals, mostly capitals, short (INJEP, CNNum, SOGA). */
    public boolean isAcronymLike() {
        if (text.length() < 2 || text.length() > 8 || !isCapitalized()) {
            return false;
        }
        long upper = text.chars().filter(Character::isUpperCase).count();
        long letters = text.chars().filter(Character::isLetter).count();
        return upper >= 2 && upper * 2 > letters && !text.matches("[IVXLC]+");
    }

    /** Folded text. */
    public String folded() {
        return Fold.fold(text);
    }

    /** Is this token one of the given words, compared folded. */
    public boolean is(String... words) {
        String f = folded();
        for (String w : words) {
            if (f.equals(w)) {
                return true;
            }
        }
        return false;
    }
}
