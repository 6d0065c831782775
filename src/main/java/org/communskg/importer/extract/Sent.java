package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.text.Token;
import org.communskg.importer.extract.text.Tokenizer;

/** A sentence being read: its tokens and the names found in it so far. */
final class Sent {
    /** Organization named by tokens [start, end). */
    record OrgOcc(int start, int end, OrgRegistry.Entry entry) {
    }

    /** Person named by tokens [start, end). */
    record PersonOcc(int start, int end, PersonRegistry.Entry entry) {
    }

    final int paragraph;
    /** English text: English word order for role compounds ("policy lead"). */
    boolean english;
    final boolean paragraphStart;
    final String text;
    final List<Token> toks;
    final List<OrgOcc> orgs = new ArrayList<>();
    final List<PersonOcc> persons = new ArrayList<>();

    Sent(int paragraph, boolean paragraphStart, String text) {
        this.paragraph = paragraph;
        this.paragraphStart = paragraphStart;
        this.text = text;
        this.toks = Tokenizer.tokens(text);
    }

    /** Source text of tokens [from, to). */
    String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(toks.get(from).start(), toks.get(to - 1).end());
    }

    Token tok(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i) : new Token("", -1, -1);
    }

    OrgOcc orgAt(int i) {
        return orgs.stream().filter(o -> o.start() == i).findFirst().orElse(null);
    }

    PersonOcc personAt(int i) {
        return persons.stream().filter(p -> p.start() == i).findFirst().orElse(null);
    }

    boolean covered(int i) {
        return orgs.stream().anyMatch(o -> o.start() <= i && i < o.end())
                || persons.stream().anyMatch(p -> p.start() <= i && i < p.end());
    }

    /** Index of the token that covers text offset {@code charAt}, else of the first one after it. */
    int tokenAt(int charAt) {
        int k = 0;
        while (k < toks.size() && toks.get(k).end() <= charAt) {
            k++;
        }
        return k;
    }

    /** Index of the first token that starts at or after text offset {@code charAt}. */
    int tokenFrom(int charAt) {
        int k = 0;
        while (k < toks.size() && toks.get(k).start() < charAt) {
            k++;
        }
        return k;
    }

    /** Index of the first token at or after {@code from} that is one of the words, or -1. */
    int find(int from, String... words) {
        for (int i = Math.max(0, from); i < toks.size(); i++) {
            if (toks.get(i).is(words)) {
                return i;
            }
        }
        return -1;
    }
}
