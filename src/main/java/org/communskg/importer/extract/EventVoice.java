package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an article written in its organizer's own voice says of the event, and what a caption's
 * credit line does not say: "la cinquième édition de nos Rencontres", "organised by our
 * foundation" make the house organization (the site's own) an organizer; the person after "©" or
 * "Photo :" took the picture and did not speak.
 */
final class EventVoice {
    private static final Pattern OURS = Pattern.compile("(?iu)\\b(nos|notre|our) (annual |yearly )?(rencontres|journées|forum|festival|"
            + "assises|sommet|summit|conference|rendez-vous|événement|event|salon|colloque|congrès)\\b"
            + "|\\b(organis\\S*|hosted|co-?organis\\S*) (par|by) (notre|nos|our)\\b");
    private static final Pattern CREDIT = Pattern.compile("(?iu)©|\\b(photo|photos|crédit|crédits|credit|credits) ?:");

    private EventVoice() {
    }

    /**
     * The organization whose site or team published the article, for events told in its voice:
     * the site name closing the headline ("Retour sur ... | Traverses – réseau des tiers-lieux",
     * "... — Commons Bridge Foundation") or the team signing it ("Équipe du Hub X"); null if
     * neither names an organization the article mentions.
     */
    static OrgRegistry.Entry siteOwner(org.communskg.importer.Article a, OrgRegistry reg, List<Sent> sents) {
        List<String> candidates = new ArrayList<>();
        if (a.title() != null) {
            String[] parts = a.title().split(" [|—] ");
            if (parts.length > 1) {
                String site = parts[parts.length - 1];
                candidates.add(site);
                candidates.add(site.split(" [–-] ")[0]);
            }
        }
        int sites = candidates.size();
        if (a.author() != null) {
            candidates.add(a.author().replaceFirst("(?iu)^(l'|l’)?(é|e)quipe (du |de la |de l'|de l’|des |de )?", ""));
        }
        for (int i = 0; i < candidates.size(); i++) {
            String c = candidates.get(i);
            OrgRegistry.Entry e = c.isBlank() ? null : reg.find(c.strip());
            if (e != null) {
                return e;
            }
            // Named in the text too ("co-présidente de Traverses"), though not recognized there: it is an organization.
            Pattern named = Pattern.compile("(?u)(?<!\\p{L})" + Pattern.quote(c.strip()) + "(?!\\p{L})");
            boolean mentioned = c.strip().length() >= 4 && Character.isUpperCase(c.strip().codePointAt(0))
                    && sents.stream().anyMatch(s -> named.matcher(s.text).find());
            if (mentioned && i < sites && c.strip().split("\\s+").length <= 5) { // a signature may be a person's name
                return reg.register(c.strip(), null, a.title(), 0.7);
            }
        }
        return null;
    }

    /** "nos Rencontres, co-organisées avec X": the house organizes the event the sentence is about. */
    static void ours(EventRec e, Sent s, OrgRegistry.Entry house) {
        if (e != null && house != null && !e.part && OURS.matcher(s.text).find()) {
            e.organizers.add(house);
        }
    }

    /** Takes the credited persons (after "©", "Photo :") out of the sentence; give them back with {@link #restore}. */
    static List<Sent.PersonOcc> takeCredits(Sent s) {
        var m = CREDIT.matcher(s.text);
        if (!m.find()) {
            return List.of();
        }
        int at = m.start();
        List<Sent.PersonOcc> credited = new ArrayList<>(s.persons.stream().filter(p -> s.tok(p.start()).start() > at).toList());
        s.persons.removeAll(credited);
        return credited;
    }

    static void restore(Sent s, List<Sent.PersonOcc> credited) {
        s.persons.addAll(credited);
    }
}
