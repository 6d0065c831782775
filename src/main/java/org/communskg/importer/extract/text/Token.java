package org.communskg.importer.extract.text;

/**
 * A word or punctuation mark of a sentence, with its character offsets in the sentence. The
 * folded form is computed once: the extractor compares tokens to word lists all the time.
 */
public final class Token {
    private final String text;
    private final int start;
    private final int end;
    private final String folded;

    /**
     * @param text  the token as written
     * @param start offset of its first character
     * @param end   offset after its last character
     */
    public Token(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.folded = Fold.fold(text);
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    @Override
    public String toString() {
        return text;
    }

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
        return folded;
    }

    /** Is this token one of the given words, compared folded. */
    public boolean is(String... words) {
        String f = folded;
        for (String w : words) {
            if (f.equals(w)) {
                return true;
            }
        }
        return false;
    }
}
