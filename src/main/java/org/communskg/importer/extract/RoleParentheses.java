package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.RoleSpotter.RoleRec;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.Sent.PersonOcc;
import org.communskg.importer.extract.text.Lexicon;

/** Roles and affiliations in parentheses after a name, and a role right after such parentheses. */
final class RoleParentheses {
    private final RoleLexicon roles;
    private final RolePhrase phrase;

    RoleParentheses(RoleLexicon roles, RolePhrase phrase) {
        this.roles = roles;
        this.phrase = phrase;
    }

    /** "X (Y)", "X (role de Y)", "X et Z (r1 et r2 de Y)", "X (Y), role". */
    void read(List<RoleRec> out, Sent s, PersonOcc p) {
        int open = p.end();
        int close = s.find(open + 1, ")");
        if (close < 0) {
            return;
        }
        List<RolePhrase.Part> parts;
        OrgOcc org = phrase.orgs().orgAt(s, open + 1, true);
        // "A et B (respectivement r1 et r2 de Z)": the adverb only confirms the distribution.
        int from = s.tok(open + 1).is("respectivement", "respectively") ? open + 2 : open + 1;
        if (org != null && org.end() < close && s.tok(open + 1).isCapitalized() && NameAdjectives.closesParenthesis(s, org.end(), close)) {
            org = whole(s, org, open + 1, close); // "(L'Écho des solidarités)": the spotter stopped short of the name
        }
        if (org != null && (org.end() == close || placeCloses(s, org, close))) {
            parts = List.of(new RolePhrase.Part(null, org.entry())); // "X (La Filature)", "X (La Filature, Tarn)"
        } else if (roles.roleEnd(s, from) > 0) {
            parts = roleCommaOrg(s, from, close);
        } else {
            return;
        }
        List<PersonOcc> group = RoleSpotter.coordinated(s, p);
        if (group.size() == 1 && parts.size() == 1 && parts.get(0).role() == null && s.tok(close + 1).is(",")
                && roles.roleEnd(s, close + 2) > 0) {
            afterParenthesis(out, s, p, parts.get(0).org(), close + 2);
            return;
        }
        if (group.size() > 1 && parts.size() == group.size()) {
            for (int i = 0; i < group.size(); i++) {
                RoleSpotter.add(out, group.get(i), s, List.of(parts.get(i)), 0.8);
            }
        } else if (group.size() > 1 && parts.size() == 1 && s.tok(p.start() - 1).is("et", "and")) {
            // "A et B (Y)" share Y; in "A, B (Y), C" the parentheses are B's alone.
            group.forEach(q -> RoleSpotter.add(out, q, s, parts, 0.75));
        } else {
            RoleSpotter.add(out, p, s, parts, 0.85);
        }
    }

    /**
     * "X (Fondation Y), chargé de programmes": the role is held at Y; but "X (Scop Y), trésorier"
     * in a board list is an office of the board's organization, Y only where X comes from.
     */
    private void afterParenthesis(List<RoleRec> out, Sent s, PersonOcc p, OrgRegistry.Entry org, int start) {
        List<RolePhrase.Part> parts = new ArrayList<>(phrase.appositions(s, start));
        boolean boardOffice = parts.stream().anyMatch(r -> r.org() == null && isBoardOffice(r.role()));
        if (boardOffice || parts.isEmpty()) {
            parts.add(new RolePhrase.Part(null, org));
        } else {
            parts.replaceAll(r -> r.org() == null ? new RolePhrase.Part(r.role(), org) : r);
        }
        RoleSpotter.add(out, p, s, parts, 0.8);
    }

    /**
     * "(Le Quai des Savoirs partagés, Toulouse)": only a place follows the organization's comma. Lower-case words
     * before the comma end its name, which the spotter stopped short of ("La Grange" of "La Grange numérique").
     */
    private boolean placeCloses(Sent s, OrgOcc org, int close) {
        int comma = s.find(org.end(), ",");
        if (comma < 0 || comma >= close || comma - org.end() > 2 || !Lexicon.get().isPlace(s.span(comma + 1, close))) {
            return false;
        }
        for (int k = org.end(); k < comma; k++) {
            if (!s.tok(k).isWord() || s.tok(k).isCapitalized()) {
                return false;
            }
        }
        if (comma > org.end() && org.entry().name.equals(s.span(org.start(), org.end()))) {
            String full = s.span(org.start(), comma);
            phrase.orgs().registry().alias(org.entry(), org.entry().name);
            org.entry().name = full; // the name as the text gives it in full
        }
        return true;
    }

    /** The name read in full up to the closing parenthesis, the short form kept as an alias; a known name stays as it is. */
    private OrgOcc whole(Sent s, OrgOcc org, int open, int close) {
        if (org.entry().fromAuthority || !org.entry().name.equals(s.span(org.start(), org.end()))) {
            return org;
        }
        phrase.orgs().registry().alias(org.entry(), org.entry().name);
        int start = s.tok(open).is("le", "la", "l'", "les") ? open : org.start(); // the name opens on its article
        org.entry().name = s.span(start, close);
        s.orgs.remove(org);
        OrgOcc full = new OrgOcc(start, close, org.entry());
        s.orgs.add(full);
        return full;
    }

    static boolean isBoardOffice(String role) {
        return role != null && org.communskg.importer.extract.text.Fold.fold(role)
                .matches("(vice-|co-?)?(president|presidente|tresorier|tresoriere|secretaire|administrat(eur|rice)|treasurer|secretary|chair|board member|membre|member)( .*)?");
    }

    /** "(ingénieure agronome, Semences Paysannes du Sud)": a role, a comma, then where it is held. */
    private List<RolePhrase.Part> roleCommaOrg(Sent s, int from, int close) {
        int comma = s.find(from, ",");
        if (comma > from && comma < close) {
            OrgOcc org = phrase.orgs().orgAt(s, comma + 1, true);
            if (org != null && org.end() == close) {
                List<RolePhrase.Part> parts = new ArrayList<>(phrase.segment(s, from, comma));
                parts.replaceAll(r -> r.org() == null ? new RolePhrase.Part(r.role(), org.entry()) : r);
                return parts;
            }
        }
        return phrase.segment(s, from, close);
    }

    /**
     * "le journaliste X (Alternatives Numériques)": a role named without an organization and a bare
     * affiliation of the same person in the same sentence are one role there. Board offices stay
     * apart ("le trésorier X (Scop Y)" sits on another board).
     */
    static List<RoleRec> mergeAffiliations(List<RoleRec> recs) {
        List<RoleRec> out = new ArrayList<>(recs);
        for (RoleRec bare : recs) {
            List<RoleRec> open = out.stream().filter(r -> r.person() == bare.person() && r.org() == null && r.role() != null).toList();
            long affiliations = out.stream().filter(r -> r.person() == bare.person() && r.role() == null).count();
            if (bare.role() == null && affiliations == 1 && open.size() == 1 && !isBoardOffice(open.get(0).role())
                    && !"territorial".equals(org.communskg.importer.extract.text.Lexicon.get().roleKind(open.get(0).role().split(" ")[0]))) {
                RoleRec role = open.get(0);
                out.remove(bare);
                out.set(out.indexOf(role), new RoleRec(role.person(), role.role(), bare.org(), role.sentence(), Math.min(role.confidence(), bare.confidence())));
            }
        }
        return out;
    }
}
