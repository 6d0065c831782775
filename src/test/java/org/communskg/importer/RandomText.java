package org.communskg.importer;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated article text: French-looking sentences with names and roles, arbitrary Unicode, and front matter. */
final class RandomText {
    private static final List<String> WORDS = List.of("Lucie", "Ferrand", "directrice", "de", "l'Observatoire", "des",
            "communs", "a", "ouvert", "la", "journée", "Marc", "Oudin", "président", "(OCN)", "le", "12", "mars", "2024",
            "à", "Lyon", "organisée", "par", "Fédération", "rapport", "«", "»", "Institut", "et", "avec", ",", ".", ":",
            "Mme", "M.", "Par", "animée", "modérée", "—", "\n\n", "#", "**", "[lien](http://x)", "the", "of", "and");

    private RandomText() {
    }

    /** A short run of words, for titles, metadata and HTML text. */
    static Arbitrary<String> phrase() {
        return Arbitraries.oneOf(Arbitraries.of(WORDS).list().ofMaxSize(12).map(l -> String.join(" ", l)),
                Arbitraries.strings().ofMaxLength(20));
    }

    /** A body: French-looking words, arbitrary Unicode, or both. */
    static Arbitrary<String> body() {
        Arbitrary<String> words = Arbitraries.of(WORDS).list().ofMaxSize(200).map(l -> String.join(" ", l));
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(400);
        return Arbitraries.oneOf(words, unicode, Combinators.combine(words, unicode).as((a, b) -> a + b));
    }

    /** Optional front matter with real and odd keys and values, then a body. */
    static Arbitrary<String> articles() {
        Arbitrary<String> line = Combinators.combine(Arbitraries.of("url", "title", "date", "language", "publisher", "x y", "- item", ""),
                Arbitraries.oneOf(phrase(), Arbitraries.of("https://exemple.org/a", "2024-02-30", "15/11/2023", "en", "de", "'q'")))
                .as((k, v) -> k + ": " + v);
        Arbitrary<String> front = line.list().ofMaxSize(5).map(l -> "---\n" + String.join("\n", l) + "\n---\n");
        return Combinators.combine(Arbitraries.of(true, false), front, body()).as((has, f, b) -> has ? f + b : b);
    }
}
