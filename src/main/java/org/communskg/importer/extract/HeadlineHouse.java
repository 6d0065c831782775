package org.communskg.importer.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.communskg.importer.Article;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.text.Fold;

/**
 * The one organization an article about appointments is plainly about: named in a headline of
 * appointment news ("Fondation X : Y nommée directrice", "Y prend la présidence du Collectif Z"),
 * or the subject renewing its own board ("l'association W a renouvelé son bureau"). Two candidates
 * give none: an office is then left without an organization rather than given a guess.
 */
final class HeadlineHouse {
    /** Appointment news in a headline: "X prend la présidence", "Y nommée directrice". */
    private static final Pattern APPOINTMENT = Pattern.compile("(?iu).*\\b(prend la (co)?pr[ée]sidence|prend la direction"
            + "|nomm[ée]e?s?|[ée]lue?s? (pr[ée]sident|[àa] la t[êe]te)|succ[èe]de|[àa] la t[êe]te|rejoint|nouvelle? (pr[ée]sident|direct)"
            + "|nouveau bureau|renouvelle son (bureau|conseil)|appointed|elected|new (chair|director|president))\\b.*");

    private HeadlineHouse() {
    }

    /** The organization of the headline's appointment news or of the board renewed, or null. */
    static OrgRegistry.Entry of(Article article, List<Sent> sents) {
        OrgRegistry.Entry headline = headline(article, sents);
        return headline != null ? headline : ownBoard(sents);
    }

    private static OrgRegistry.Entry headline(Article article, List<Sent> sents) {
        if (article.title() == null || !APPOINTMENT.matcher(article.title()).matches()) {
            return null;
        }
        // "Y prend la direction de X | Le Journal Z": the site's name after the bar is no candidate.
        String title = " " + Fold.fold(article.title().split("\\s+[|·]\\s+")[0]).replace("'", "' ") + " "; // "d'Archipel X"
        Set<OrgRegistry.Entry> named = new LinkedHashSet<>();
        for (Sent s : sents) {
            for (OrgOcc o : s.orgs) {
                if (names(title, o.entry())) {
                    named.add(o.entry());
                }
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    private static boolean names(String foldedTitle, OrgRegistry.Entry e) {
        return e.name != null && e.name.length() > 3 && foldedTitle.contains(" " + Fold.fold(e.name) + " ")
                || e.acronym != null && foldedTitle.matches(".*\\b" + Pattern.quote(Fold.fold(e.acronym)) + "\\b.*");
    }

    /** "L'association W a renouvelé son bureau", "le Collectif Z a tenu son assemblée générale": W alone, near the start. */
    private static OrgRegistry.Entry ownBoard(List<Sent> sents) {
        Set<OrgRegistry.Entry> found = new LinkedHashSet<>();
        for (Sent s : sents) {
            int son = s.find(0, "son");
            boolean board = son > 0 && (s.tok(son + 1).is("bureau") || s.tok(son + 1).is("conseil") && s.tok(son + 3).is("administration")
                    || s.tok(son + 1).is("assemblee") && s.tok(son + 2).is("generale"));
            boolean verb = board && s.tok(son - 1).text().matches("(?iu)renouvelé|élu|tenu|réuni|installé|désigné");
            List<OrgOcc> before = verb ? s.orgs.stream().filter(o -> o.end() < son).toList() : List.of();
            if (before.size() == 1 && son - before.get(0).end() <= 3 && s.persons.stream().noneMatch(p -> p.start() < son)) {
                found.add(before.get(0).entry());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }
}
