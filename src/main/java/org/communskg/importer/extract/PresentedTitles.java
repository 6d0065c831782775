package org.communskg.importer.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quoted titles of what an article presents (a study, a call, a programme, a training
 * course), for the events named after them: "l'étude « X »", "l'AMI « X »", "« X », un parcours
 * de formation" give "Matinée de restitution de l'étude « X »", "Webinaire d'information de l'AMI
 * « X »", "Webinaire de présentation du parcours « X »". Read in order, one article at a time.
 */
final class PresentedTitles {
    private static final String NOUNS = "appel à projets|appel à manifestation d['’]intérêt|(?-i:AMI)|étude|rapport|parcours|programme|guide"
            + "|baromètre|enquête|livre blanc|feuille de route|formation|cartographie|plateforme";
    private static final Pattern NOUN_FIRST = Pattern.compile("(?iu)\\b(" + NOUNS + ")(?: \\d{4})?\\s*«\\s*([^»]{3,120}?)\\s*»");
    private static final Pattern TITLE_FIRST = Pattern.compile("(?iu)«\\s*([^»]{3,120}?)\\s*»\\s*,\\s*(?:un|une|le|la|l['’]|son|sa|notre) (" + NOUNS + ")\\b");
    /** "de l'étude commandée par ...": the noun the event's phrase names, if any. */
    private static final Pattern FOLLOWING = Pattern.compile("(?iu)^\\s*(?:de l['’]|du |de la |des )(" + NOUNS + ")\\b");
    private static final Set<String> MASCULINE = Set.of("rapport", "parcours", "programme", "guide", "baromètre", "livre blanc");

    /** Title → the shortest noun the article gave it ("AMI" rather than "appel à manifestation d'intérêt"). */
    private final Map<String, String> titles = new LinkedHashMap<>();

    void read(Sent s) {
        Matcher m = NOUN_FIRST.matcher(s.text);
        while (m.find()) {
            offer(m.group(2), m.group(1));
        }
        m = TITLE_FIRST.matcher(s.text);
        while (m.find()) {
            offer(m.group(1), m.group(2));
        }
    }

    private void offer(String title, String noun) {
        String key = title.strip();
        String known = titles.get(key);
        if (known == null || noun.length() < known.length()) {
            titles.put(key, noun.matches("(?i)ami") ? "AMI" : noun.toLowerCase(Locale.ROOT).replace('’', '\''));
        }
    }

    /**
     * What an event for {@code purpose} ("de restitution", "d'information") followed by {@code after}
     * presents, as "de l'étude « X »": the title of the noun that follows ("de l'étude commandée par
     * ..."), else the article's one title that suits the purpose; null when unsure.
     */
    String about(String purpose, String after) {
        Matcher f = FOLLOWING.matcher(after);
        String noun = f.find() ? (f.group(1).matches("(?i)ami") ? "AMI" : f.group(1).toLowerCase(Locale.ROOT).replace('’', '\'')) : null;
        if (noun == null && after.matches("(?isu)^\\s*(?:d[eu'’]|des )\\s*.*")) {
            return null; // "la matinée de restitution des ateliers": about something else
        }
        Map.Entry<String, String> only = null;
        for (Map.Entry<String, String> t : titles.entrySet()) {
            boolean fits = noun == null ? suits(purpose, t.getValue()) : t.getValue().equals(noun)
                    || noun.startsWith("appel") && (t.getValue().equals("AMI") || t.getValue().startsWith("appel"));
            if (fits) {
                if (only != null) {
                    return null;
                }
                only = t;
            }
        }
        return only == null ? null : of(only.getValue()) + only.getValue() + " « " + only.getKey() + " »";
    }

    /** A restitution presents findings (a study, a report), an information session a call or a programme. */
    private static boolean suits(String purpose, String noun) {
        return purpose.contains("restitution") ? noun.matches("étude|rapport|enquête|baromètre|cartographie|livre blanc")
                : !purpose.contains("information") || noun.matches("AMI|appel.*|programme|parcours|formation|plateforme");
    }

    private static String of(String noun) {
        return noun.matches("(?iu)[aeiouyéèêh].*") ? "de l'" : MASCULINE.contains(noun) ? "du " : "de la ";
    }
}
