package org.communskg.importer.extract;

import java.util.List;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;

/**
 * Organizations that close a role phrase rather than follow its preposition: a signature
 * ("Par X, chargée de communication, Fédération Y · 3 mars") and the unit after an English
 * genitive ("head of unit at the Commission's DG CONNECT"), and an acronym or a known name that ends
 * a phrase holding a name we cannot read ("responsable du programme Communs solidaires à l'ANCT").
 */
final class TrailingOrgs {
    private final OrgSpotter orgs;

    TrailingOrgs(OrgSpotter orgs) {
        this.orgs = orgs;
    }

    /**
     * "Par X, chargée de communication, Fédération Y · 3 mars", "X, maître de conférences, université de Y ;":
     * a signature or a list item closing on the organization.
     */
    void signedFor(Sent s, List<RolePhrase.Part> out, int end) {
        OrgOcc o = !s.tok(end).is(",") ? null : s.orgAt(end + 1) != null ? s.orgAt(end + 1) : orgs.orgAt(s, end + 1, OrgSpotter.Plain.NONE);
        if (o == null && s.tok(end).is(",") && s.tok(end + 1).text().matches("\\p{Lu}{2,6}")) {
            OrgRegistry.Entry acronym = orgs.registry().find(s.tok(end + 1).text()); // "Communications Lead, CEN ·", defined further on
            o = acronym == null ? null : new OrgOcc(end + 1, end + 2, acronym);
        }
        if (o == null && s.tok(end).is(",")) {
            o = university(s, end + 1); // "maître de conférences en sociologie, université de Montpellier"
        }
        if (o != null && !out.isEmpty() && out.get(out.size() - 1).org() == null && s.tok(o.end()).text().matches("[·|–—»;.]|")) {
            out.set(out.size() - 1, new RolePhrase.Part(out.get(out.size() - 1).role(), o.entry()));
        }
    }

    /** "université de Montpellier" in lower case closing a signature: registered as "Université de Montpellier". */
    private OrgOcc university(Sent s, int i) {
        if (!s.tok(i).is("universite") || s.tok(i).isCapitalized() || !s.tok(i + 1).is("de", "d'")) {
            return null;
        }
        int k = i + 2;
        while (s.tok(k).isWord() && s.tok(k).isCapitalized()) {
            k++;
        }
        if (k == i + 2) {
            return null;
        }
        String label = "U" + s.span(i, k).substring(1);
        OrgOcc found = new OrgOcc(i, k, orgs.registry().register(label, null, s.text, 0.7));
        s.orgs.add(found);
        return found;
    }

    /** "the Commission's DG CONNECT": the unit after a genitive; none when its name runs on past a comma, unread. */
    OrgOcc unit(Sent s, int i) {
        int comma = s.find(i, ",");
        boolean runsOn = comma > 0 && s.tok(comma + 1).isCapitalized() && s.orgAt(i) == null;
        return runsOn ? null : orgs.orgAt(s, i, OrgSpotter.Plain.NAMES);
    }

    /**
     * The organization that closes the role phrase [k, b) after a preposition: an
     * acronym or a known organization only, so an unread name inside the role words ("programme
     * Communs solidaires") leaves the role words and the organization apart; null when none.
     */
    OrgOcc closing(Sent s, int k, int b) {
        if (s.english) {
            return null; // English genitives name the unit: see unit()
        }
        OrgOcc definite = definite(s, k, b);
        if (definite != null) {
            return definite;
        }
        for (int m = k + 1; m < b; m++) {
            if (!s.tok(m).is("a", "au", "de", "du", "d'", "chez", "aupres")) {
                continue;
            }
            int at = s.tok(m + 1).is("l'", "la", "le") ? m + 2 : m + 1;
            OrgOcc o = s.orgAt(at);
            boolean sure = o != null && (o.entry().fromAuthority || acronymOnly(s, o));
            if (sure && o.end() == b) {
                return o;
            }
        }
        return null;
    }

    /**
     * "co-gérant de la Filature", "président du Phare": one capitalised word after a definite article
     * closing the phrase names a place run as an organization, registered with its article; not a
     * common word, a place, a first name or a kind that refers back ("de la Région").
     */
    private OrgOcc definite(Sent s, int k, int b) {
        Token w = s.tok(k);
        boolean article = s.tok(k - 1).is("du", "au") || s.tok(k - 1).is("la", "le") && s.tok(k - 2).is("de", "a");
        Lexicon lex = Lexicon.get();
        if (k + 1 != b || !article || s.tok(k - 1).isCapitalized() || !w.isWord() || w.isAcronymLike() || lex.isCommonWord(w.text())
                || lex.isPlace(w.text()) || lex.isPlace("La " + w.text()) || lex.isPrefixHead(w.text()) || lex.isSuffixHead(w.text())
                || lex.isFirstName(w.text()) || lex.isPlatform(w.text()) || lex.roleKind(w.text()) != null || isField(w)) {
            return null;
        }
        String name = (s.tok(k - 1).is("la") ? "La " : "Le ") + w.text();
        OrgOcc found = new OrgOcc(k, k + 1, orgs.registry().register(name, null, s.text, 0.6));
        s.orgs.add(found);
        return found;
    }

    /** "responsable de la Communication", "directeur du Développement": a field or department, not a name. */
    private static boolean isField(Token w) {
        return w.folded().matches(".+(tion|sion|ment|ite|ique|ance|ence|isme)s?") || w.is("culture", "sante", "recherche",
                "strategie", "securite", "jeunesse", "ville", "region", "republique", "nation", "mairie", "prefecture",
                "justice", "defense", "presse", "numerique", "transition", "economie", "innovation", "redaction");
    }

    private static boolean acronymOnly(Sent s, OrgOcc o) {
        return o.end() == o.start() + 1 && OrgNames.isAcronym(s.tok(o.start()).text());
    }
}
