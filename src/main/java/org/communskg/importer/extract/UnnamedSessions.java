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

    private static final String ORDINALS = "(?:first|second|third|fourth|last|final|next|other|same|main|morning|afternoon|evening|opening|closing"
            + "|première|deuxième|seconde|troisième|dernière)";
    /** "Our panel on public-interest data also featured", "the second panel, on digital inclusion (...)", "a hands-on workshop on X, which". */
    private static final Pattern ON_TOPIC = Pattern.compile("(?iu)(?<!lors de |pendant |durant |cours de |during |at )"
            + "\\b(?:the|a|an|our|their|la|le|l'|l’|une|un|notre)\\s(?:" + ORDINALS + "|hands-on|small|smaller|short|petite?)?\\s?"
            + "(panel|workshop|webinar|atelier|table ronde|webinaire),? (on|about|sur) (\\p{Ll}[\\p{Ll}'’-]*(?:\\s\\p{Ll}[\\p{Ll}'’-]*){0,4}?)"
            + "(?=\\s?[,(.]|\\s(?:by|which|that|also|was|has|chaired|moderated|featured|animée?|a|ont|s'est|était)\\b)");
    /** "joined the funding panel, chaired by X": a panel named by what it is about, in one word. */
    private static final Pattern WORD_PANEL = Pattern.compile("(?iu)(?<!during |at )\\b(?:the|our|a)\\s(\\p{Ll}[\\p{Ll}-]+)\\s(panel|workshop)"
            + "(?=\\s?,\\s?(?:chaired|moderated|led|hosted)\\b|\\s(?:chaired|moderated|led) by\\b)");

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
            return shaped(s);
        }
        String phrase = m.group(1).strip();
        String name = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        String kind = phrase.toLowerCase(Locale.ROOT).matches("(opening|closing) .*") ? phrase.substring(phrase.indexOf(' ') + 1)
                : phrase.toLowerCase(Locale.ROOT).startsWith("table ronde") ? "table ronde" : phrase.split(" ")[0].toLowerCase(Locale.ROOT);
        return new EventNames.Named(s.tokenAt(m.start(1)), name, kind, 0.6);
    }

    /** A session named by its kind and topic whatever the determiner, adjective or apposition: "Panel on X", "Funding panel". */
    private static EventNames.Named shaped(Sent s) {
        Matcher m = ON_TOPIC.matcher(s.text);
        if (m.find()) {
            String kind = m.group(1).toLowerCase(Locale.ROOT);
            String name = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + m.group(2).toLowerCase(Locale.ROOT) + " " + m.group(3).strip();
            return new EventNames.Named(s.tokenAt(m.start(1)), name, kind, 0.55);
        }
        m = WORD_PANEL.matcher(s.text);
        if (m.find() && !m.group(1).matches("(?iu)" + ORDINALS)) {
            String name = Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT);
            return new EventNames.Named(s.tokenAt(m.start(1)), name, m.group(2).toLowerCase(Locale.ROOT), 0.55);
        }
        return null;
    }
}
