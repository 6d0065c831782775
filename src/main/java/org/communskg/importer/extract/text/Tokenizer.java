package org.communskg.importer.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into tokens. French elisions become their own token ("l'" + "Institut"),
 * hyphenated and apostrophe-internal words stay whole ("Jacques-François", "aujourd'hui"), and so do
 * surnames such as "N'Diaye" or "M'Bala" (a capital N' or M' before a capital is no elision).
 *
 * <pre>{@code
 * Tokenizer.tokens("chez l'INJEP.") // [chez, l', INJEP, .]
 * }</pre>
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?![NM]['’]\\p{Lu})(?iu:jusqu|lorsqu|puisqu|qu|[ldjmnsc])['’](?=\\p{L})"
            + "|[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}³²·&&[^\\s]]*(?:[-'’.][\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}³²·]*)*"
            + "|\\S");

    private Tokenizer() {
    }

    public static List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            String w = m.group();
            // English possessive: "the Commission's unit" names the Commission, not "Commission's".
            if (w.length() > 3 && (w.endsWith("'s") || w.endsWith("’s"))) {
                out.add(new Token(w.substring(0, w.length() - 2), m.start(), m.end() - 2));
                out.add(new Token(w.substring(w.length() - 2), m.end() - 2, m.end()));
            } else {
                out.add(new Token(w, m.start(), m.end()));
            }
        }
        return out;
    }
}
