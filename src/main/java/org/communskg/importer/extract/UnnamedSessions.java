package org.communskg.importer.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A session a recap names by what it is rather than by a title: "the opening keynote by X",
 * "la plénière de clôture a réuni ...", "la table ronde sur les modèles économiques, animée par
 * X". The phrase, capitalized, is its name; only while an event is being read.
 */
final class UnnamedSessions {
    // "Lors de la plénière d'ouverture, X est intervenu": a moment of the event, not a session it names.
    private static final Pattern TYPED = Pattern.compile("(?iu)(?<!lors de |pendant |durant |cours de |during |at )"
            + "\\b(?:the|la|le|l'|l’)\\s?("
            + "(?:opening|closing) keynote(?=\\sby\\s)" // "was given by" tells no more than the keynote: not named
            + "|(?:plénière|séance|keynote|conférence) (?:d'ouverture|d’ouverture|de clôture)"
            + "|(?:table ronde|atelier|panel|workshop) (?:sur|on|about) (?:\\p{Ll}[\\p{Ll}'’-]*\\s?){1,6}?)"
            + "(?=\\s?,|\\s(?:by|a|ont|was|has|s'est|était)\\b)");

    private UnnamedSessions() {
    }

    /** "the opening keynote by X": who gives the session just named, or null. */
    static PersonRegistry.Entry givenBy(Sent s, EventNames.Named n) {
        int k = n.at() + org.communskg.importer.extract.text.Tokenizer.tokens(n.name()).size();
        Sent.PersonOcc p = s.tok(k).is("by", "par") ? s.personAt(k + 1) : null;
        return p == null ? null : p.entry();
    }

    /** The session named in {@code s}, with the token it starts at; null when none. */
    static EventNames.Named find(Sent s) {
        Matcher m = TYPED.matcher(s.text);
        if (!m.find()) {
            return null;
        }
        String phrase = m.group(1).strip();
        String name = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        String kind = phrase.toLowerCase(Locale.ROOT).matches("(opening|closing) .*") ? phrase.substring(phrase.indexOf(' ') + 1)
                : phrase.toLowerCase(Locale.ROOT).startsWith("table ronde") ? "table ronde" : phrase.split(" ")[0].toLowerCase(Locale.ROOT);
        int at = 0;
        while (at < s.toks.size() && s.tok(at).start() < m.start(1)) {
            at++;
        }
        return new EventNames.Named(at, name, kind, 0.6);
    }
}
