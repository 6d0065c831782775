package org.communskg.importer.extract;

import java.util.List;
import java.util.Set;
import org.communskg.importer.extract.RoleSpotter.RoleRec;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * Role phrasings that neither an apposition nor an article introduces: a relative clause
 * ("X, qui en est la rapporteure, ..."), an English title without article ("moderated by French
 * MP X"), "respectivement", and a leading verb ("X dirige la Y").
 */
final class RoleCues {
    /** English nationality adjectives, folded. */
    static final Set<String> NATIONALITIES = Set.of("french", "british", "german", "dutch", "belgian", "spanish",
            "italian", "portuguese", "swedish", "danish", "finnish", "polish", "irish", "austrian", "swiss", "european",
            "norwegian", "greek", "czech", "estonian", "luxembourgish", "icelandic", "canadian", "american");

    private final RoleLexicon roles;
    private final RolePhrase phrase;

    RoleCues(RoleLexicon roles, RolePhrase phrase) {
        this.roles = roles;
        this.phrase = phrase;
    }

    /** "X, 47 ans, préside ...", "X, jusqu'ici trésorière, prend ...": the index after such asides. */
    private int afterAsides(Sent s, int v) {
        for (int aside = 0; aside < 2 && s.tok(v).is(","); aside++) {
            int close = s.find(v + 1, ",");
            boolean age = s.tok(v + 1).text().matches("\\d{2}") && s.tok(v + 2).is("ans");
            boolean role = roles.roleEnd(s, v + 1) > 0 || s.tok(v + 1).is("jusqu'") && roles.roleEnd(s, v + 3) > 0;
            if (close < 0 || close - v > 12 || !(age || role)) {
                break;
            }
            v = close + 1;
        }
        return v;
    }

    /** "X, qui en est la rapporteure,", "X, who is also treasurer of Y": the role the clause gives. */
    List<RolePhrase.Part> relativeClause(Sent s, PersonOcc p) {
        int k = p.end();
        int aside = afterAsides(s, k); // "X, président fondateur, qui reste membre du conseil"
        if (aside > k && s.tok(aside).is("qui", "who") && s.tok(aside - 1).is(",")) {
            k = aside - 1;
        }
        if (!s.tok(k).is(",") || !s.tok(k + 1).is("qui", "who")) {
            return List.of();
        }
        k += 2;
        if (s.tok(k).is("en", "y")) {
            k++; // "qui en est": of what was just named, which the clause leaves unnamed
        }
        // "qui occupait jusqu'ici le poste de déléguée générale": a post held until now is a role too.
        boolean holds = s.tok(k).is("occupe", "occupait", "exerce", "exercait");
        if (!holds && !s.tok(k).is("est", "etait", "is", "was", "reste", "demeure", "devient", "remains", "becomes")) {
            return List.of();
        }
        k = RoleTails.afterTime(s, k + 1);
        if (s.tok(k).is("aussi", "egalement", "also", "desormais", "now")) {
            k++;
        }
        if (holds) {
            if (!s.tok(k).is("le", "la") || !s.tok(k + 1).is("poste", "fonction") || !s.tok(k + 2).is("de", "d'")) {
                return List.of();
            }
            k += 3;
        }
        if (s.tok(k).is("le", "la", "l'", "the", "un", "une", "an") || s.english && s.tok(k).text().equals("a")) {
            k++;
        }
        return roles.roleEnd(s, k) > 0 ? phrase.appositions(s, k) : List.of();
    }

    /**
     * "A et B sont respectivement présidente et trésorier de la Fédération X": the n-th role of
     * the list goes to the n-th person; nothing when the counts differ.
     */
    List<RoleRec> respectively(Sent s) {
        int r = s.find(0, "respectivement", "respectively");
        if (r < 0) {
            return List.of();
        }
        List<PersonOcc> people = new java.util.ArrayList<>();
        for (PersonOcc p : s.persons) {
            if (p.end() <= r && !people.isEmpty() && !s.tok(p.start() - 1).is(",", "et", "and")) {
                people.clear(); // "A, présidente ; B et C, respectivement ...": only the group right before counts
            }
            if (p.end() <= r) {
                people.add(p);
            }
        }
        int end = r + 1;
        while (end < s.toks.size() && !s.tok(end).text().matches("[.;:!?]") && !(s.tok(end).is(",") && roles.roleEnd(s, end + 1) < 0)) {
            end++;
        }
        if (people.size() < 2 || roles.roleEnd(s, r + 1) < 0 || r - people.get(people.size() - 1).end() > 4) {
            return List.of();
        }
        List<RolePhrase.Part> parts = phrase.segment(s, r + 1, end, false);
        if (parts.size() != people.size()) {
            return List.of();
        }
        if (s.find(people.get(people.size() - 1).end(), "en") > 0 && s.find(people.get(people.size() - 1).end(), "en") < r) {
            // "A et B en deviennent respectivement trésorier et secrétaire": "en" is the organization named just before.
            Sent before = phrase.refs.previous;
            OrgRegistry.Entry referent = before == null ? null : before.orgs.stream()
                    .max(java.util.Comparator.comparingInt(OrgOcc::start)).map(OrgOcc::entry).orElse(null);
            if (referent == null) {
                return List.of();
            }
            parts.replaceAll(part -> part.org() == null ? new RolePhrase.Part(part.role(), referent) : part);
        }
        List<RoleRec> out = new java.util.ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            out.add(new RoleRec(people.get(i).entry(), parts.get(i).role(), parts.get(i).org(), s.text, 0.7));
        }
        return out;
    }

    /**
     * "moderated by French MP X", "with Dutch minister X", "chaired by journalist X": in English a
     * title stands before the name without an article, after a preposition or a nationality.
     */
    List<RolePhrase.Part> nationalityTitle(Sent s, PersonOcc p) {
        if (!s.english) {
            return List.of();
        }
        for (int j = Math.max(1, p.start() - 3); j < p.start(); j++) {
            if (s.tok(j - 1).is("by", "with", "including", "succeeds", "succeeded", "replaces", "replaced") && !s.tok(j).isCapitalized()
                    && roles.roleEnd(s, j) == p.start()) {
                return List.of(new RolePhrase.Part(s.span(j, p.start()), null));
            }
        }
        for (int j = Math.max(0, p.start() - 4); j < p.start(); j++) {
            if (NATIONALITIES.contains(s.tok(j).folded()) && s.tok(j).isCapitalized() && roles.roleEnd(s, j + 1) == p.start()
                    && !s.tok(j - 1).isCapitalized()) {
                return List.of(new RolePhrase.Part(s.span(j, p.start()), null));
            }
        }
        return List.of();
    }

    /** "X dirige depuis 2019 la Maison Y", "X heads the Y Lab": a membership without a role noun. */
    List<RolePhrase.Part> verbAffiliation(Sent s, PersonOcc p) {
        // "X, qui dirige la Y", "X, who leads the Y": the same with a relative pronoun.
        int v = s.tok(p.end()).is(",") && s.tok(p.end() + 1).is("qui", "who") ? p.end() + 2 : p.end();
        if (s.tok(v).is("also", "aussi", "egalement") && v > p.end()) {
            v++; // "X, who also leads the cooperative Y"
        }
        LeadVerbs.Lead lead = LeadVerbs.at(s, afterAsides(s, v));
        if (lead == null) {
            return List.of();
        }
        int from = lead.objectFrom();
        if (lead.role() != null && lead.role().startsWith("pr") && s.tok(from).is("de", "du", "d'")) {
            OrgRegistry.Entry ref = s.tok(from).is("du") ? phrase.backReference(s, from) : phrase.backReference(s, from + 1);
            if (ref != null && s.orgAt(from + 1) == null) {
                return List.of(new RolePhrase.Part(lead.role(), ref)); // "prend la présidence de l'association"
            }
        }
        for (int k = from; k < from + lead.reach() && k < s.toks.size(); k++) {
            OrgOcc o = phrase.orgs().orgAt(s, k, false);
            if (o != null) {
                return List.of(new RolePhrase.Part(lead.role(), o.entry()));
            }
            if (s.tok(k).text().matches("[,.;:()]")) {
                break;
            }
        }
        return List.of();
    }
}
