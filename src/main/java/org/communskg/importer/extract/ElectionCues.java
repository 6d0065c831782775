package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.RoleSpotter.RoleRec;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * Roles given by a verb of election or appointment after the name: "X becomes chair of the
 * Alliance", "A and B were elected vice-chairs", "Y (Fundacja Z) takes over as treasurer",
 * "X devient présidente de Y", "A et B ont été élus vice-présidents". Every person of the
 * coordinated group before the verb takes the role (a plural role noun is made singular).
 */
final class ElectionCues {
    private final RoleLexicon roles;
    private final RolePhrase phrase;

    ElectionCues(RoleLexicon roles, RolePhrase phrase) {
        this.roles = roles;
        this.phrase = phrase;
    }

    List<RoleRec> spot(Sent s) {
        List<RoleRec> out = new ArrayList<>();
        presidency(s, out);
        handover(s, out);
        for (PersonOcc p : s.persons) {
            int k = p.end();
            if (s.tok(k).is("(")) {
                int close = s.find(k + 1, ")");
                k = close < 0 ? k : close + 1; // "Y (Fundacja Z) takes over as treasurer"
            }
            if (s.tok(k).is(",") && s.tok(k + 1).is("previously", "formerly", "auparavant", "jusqu'") ) {
                int close = s.find(k + 1, ",");
                k = close > k && close - k < 8 ? close + 1 : k; // "X, previously treasurer, becomes chair"
            }
            int r = roleStart(s, k);
            if (r < 0 || roles.roleEnd(s, r) < 0) {
                continue;
            }
            List<PersonOcc> group = RoleSpotter.coordinated(s, p);
            for (RolePhrase.Part part : phrase.appositions(s, r)) {
                String role = part.role() == null ? null : group.size() > 1 ? singular(part.role()) : part.role();
                for (PersonOcc q : group) {
                    out.add(new RoleRec(q.entry(), role, part.org(), s.text, 0.7));
                }
            }
        }
        return out;
    }

    /**
     * "L'association X a élu Y à sa présidence", "Le conseil d'administration de X a désigné Y à la
     * présidence": Y presides the organization the sentence opens with.
     */
    private static void presidency(Sent s, List<RoleRec> out) {
        for (PersonOcc p : s.persons) {
            boolean elected = s.tok(p.start() - 1).text().matches("(?iu)élu|désigné|nommé|porté|élue|désignée|nommée|portée");
            boolean toPresidency = s.tok(p.end()).is("a", "au") && s.tok(p.end() + 1).is("sa", "la") && s.tok(p.end() + 2).is("presidence")
                    || s.tok(p.end()).is("au") && s.tok(p.end() + 1).is("poste") && s.tok(p.end() + 3).is("president", "presidente");
            if (!elected || !toPresidency) {
                continue;
            }
            Sent.OrgOcc subject = s.orgs.stream().filter(o -> o.start() < p.start() && o.start() <= 8)
                    .min((a, b) -> a.start() - b.start()).orElse(null);
            if (subject != null) {
                out.add(new RoleRec(p.entry(), "président", subject.entry(), s.text, 0.7));
            }
        }
    }

    /**
     * "Le trésorier sortant cède sa place à X", "la présidente sortante passe la main à Y": the
     * newcomer takes the outgoing office.
     */
    private void handover(Sent s, List<RoleRec> out) {
        for (PersonOcc p : s.persons) {
            int a = p.start() - 1;
            if (!s.tok(a).is("a")) {
                continue;
            }
            boolean gives = s.tok(a - 1).is("place", "main", "relais", "flambeau") && s.tok(a - 2).is("sa", "la", "le")
                    && s.tok(a - 3).is("cede", "laisse", "passe", "transmet");
            int outgoing = a - 4;
            if (!gives || !s.tok(outgoing).is("sortant", "sortante")) {
                continue;
            }
            for (int r = Math.max(0, outgoing - 4); r < outgoing; r++) {
                if (s.tok(r - 1).is("le", "la", "l'") && roles.roleEnd(s, r) == outgoing) {
                    out.add(new RoleRec(p.entry(), s.span(r, outgoing), null, s.text, 0.65));
                    break;
                }
            }
        }
    }

    /** Index of the role noun after an election verb at k, or -1. */
    private static int roleStart(Sent s, int k) {
        int v = k;
        if (s.tok(v).is("becomes", "became", "become", "devient", "deviennent", "devenue", "devenu")) {
            v++;
        } else if (s.tok(v).is("takes", "took", "take") && s.tok(v + 1).is("over") && s.tok(v + 2).is("as")) {
            v += 3;
        } else {
            int e = v;
            if (s.tok(e).is("a", "ont", "has", "have") && s.tok(e + 1).is("ete", "been")) {
                e += 2; // "a été élue", "have been elected"
            } else if (s.tok(e).is("est", "sont", "is", "are", "was", "were")) {
                e++;
            } else {
                return -1;
            }
            if (!s.tok(e).text().matches("(?iu)elected|appointed|named|élue?s?|nommée?s?|désignée?s?|réélue?s?|re-elected")) {
                return -1;
            }
            v = e + 1;
            if (s.tok(v).is("as", "comme")) {
                v++;
            }
        }
        if (s.tok(v).is("an", "the", "un", "une") || s.english && s.tok(v).text().equals("a")) {
            v++;
        }
        return v;
    }

    /** "vice-chairs" → "vice-chair", "vice-présidents" → "vice-président" (head word only). */
    private static String singular(String role) {
        String[] w = role.split(" ");
        if (w[0].length() > 4 && w[0].endsWith("s")) {
            w[0] = w[0].substring(0, w[0].length() - 1);
        }
        return String.join(" ", w);
    }
}
