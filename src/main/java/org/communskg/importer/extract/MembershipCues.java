package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.RoleSpotter.RoleRec;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.Sent.PersonOcc;

/**
 * Roles said by a verb or a body rather than by an apposition: a board seat ("Siègent également au
 * conseil d'administration A, B et C"), joining as ("X rejoint le CNNum en tant que rapporteure"),
 * a body chaired by someone ("Un comité scientifique, présidé par X"), and an English organization
 * before its officer's title ("CEN chair X").
 */
final class MembershipCues {
    private final RoleLexicon roles;
    private final RolePhrase phrase;

    MembershipCues(RoleLexicon roles, RolePhrase phrase) {
        this.roles = roles;
        this.phrase = phrase;
    }

    /** "Siègent également au conseil d'administration A, B (Y) et C": each name takes a seat on that board. */
    List<RoleRec> seats(Sent s) {
        if (!s.tok(0).is("siegent", "siege", "sieg") && !(s.tok(0).is("y") && s.tok(1).is("siegent"))) {
            return List.of();
        }
        int k = s.tok(0).is("y") ? 2 : 1;
        k += s.tok(k).is("egalement", "aussi", "desormais", "notamment") ? 1 : 0;
        if (!s.tok(k).is("au")) {
            return List.of();
        }
        int end;
        String body;
        if (s.tok(k + 1).is("conseil") && s.tok(k + 2).is("d'") && s.tok(k + 3).is("administration")) {
            end = k + 4;
            body = "membre du conseil d'administration";
        } else if (s.tok(k + 1).is("bureau")) {
            end = k + 2;
            body = "membre du bureau";
        } else {
            return List.of();
        }
        OrgOcc of = s.tok(end).is("de", "du", "d'") ? phrase.orgs().orgAt(s, end + 1, false) : null;
        List<RoleRec> out = new ArrayList<>();
        int depth = 0;
        for (int i = end; i < s.toks.size(); i++) {
            depth += s.tok(i).is("(") ? 1 : s.tok(i).is(")") ? -1 : 0;
            PersonOcc p = s.personAt(i);
            if (p != null && depth == 0) {
                out.add(new RoleRec(p.entry(), body, of == null ? null : of.entry(), s.text, 0.7));
            }
        }
        return out;
    }

    /** "X rejoint le CNNum en tant que rapporteure", "X, …, qui rejoint Y comme trésorière", "X joins Y as Z". */
    List<RolePhrase.Part> joins(Sent s, PersonOcc p) {
        int v = s.find(p.end(), "rejoint", "rejoindra", "joins", "joined");
        boolean direct = v == p.end() || v == p.end() + 1 && s.tok(p.end()).is("a", "has");
        boolean relative = v > 0 && s.tok(v - 1).is("qui", "who") || v > 1 && s.tok(v - 1).is("a", "has") && s.tok(v - 2).is("qui", "who");
        if (v < 0 || !direct && !relative || s.persons.stream().anyMatch(q -> q.start() > p.end() && q.start() < v)) {
            return List.of();
        }
        OrgOcc o = phrase.orgs().orgAt(s, v + 1, true); // the verb and the role to come vouch for the name
        if (o == null) {
            return List.of();
        }
        int k = o.end();
        if (s.tok(k).is("(")) {
            k = s.find(k, ")") + 1; // "le CNNum (Conseil national du numérique)"
        }
        int start = s.tok(k).is("en") && s.tok(k + 1).is("tant") && s.tok(k + 2).is("que", "qu'") ? k + 3
                : s.tok(k).is("comme", "as") ? k + 1 : -1;
        if (start < 0 || roles.roleEnd(s, start) < 0) {
            return List.of();
        }
        List<RolePhrase.Part> parts = new ArrayList<>(phrase.appositions(s, start));
        parts.replaceAll(r -> r.org() == null ? new RolePhrase.Part(r.role(), o.entry()) : r);
        return parts;
    }

    /** "Un comité scientifique, présidé par X": X chairs the body; an organization so named is held by name. */
    List<RolePhrase.Part> chairedBy(Sent s, PersonOcc p) {
        int by = p.start() - 1;
        if (!s.tok(by).is("par", "by") || !s.tok(by - 1).text().matches("(?iu)présidée?s?|chaired|coprésidée?") || !s.tok(by - 2).is(",")) {
            return List.of();
        }
        String role = s.tok(by - 1).text().toLowerCase(java.util.Locale.ROOT).startsWith("co") ? "coprésident" : "président";
        int before = by - 2;
        int name = before - 1;
        while (name > before - 6 && name > 0 && s.tok(name - 1).isWord() && !s.tok(name - 1).is("la", "le", "l'", "the")) {
            name--;
        }
        // Read once, from the article that opens the name: "la Fondation X, présidée par Y".
        OrgOcc named = s.tok(name - 1).is("la", "le", "l'", "the") && s.tok(name).isCapitalized() ? phrase.orgs().orgAt(s, name, OrgSpotter.Plain.NAMES) : null;
        OrgOcc org = named != null && named.end() == before ? named : null;
        if (org != null) {
            return List.of(new RolePhrase.Part(s.english ? "chair" : role, org.entry())); // "l'association X, présidée par Y"
        }
        int noun = before - 1;
        while (noun > 0 && !s.tok(noun).isCapitalized() && s.tok(noun).isWord() && !s.tok(noun - 1).is("un", "une", "le", "la", "l'", "the", "a", "an")) {
            noun--;
        }
        boolean body = s.tok(noun).is("comite", "jury", "conseil", "groupe", "commission", "committee", "panel", "board") && !s.tok(noun).isCapitalized();
        if (s.english || !body || before - noun > 3) {
            return List.of();
        }
        String of = s.tok(noun).is("commission") ? " de la " : " du ";
        return List.of(new RolePhrase.Part(role + of + s.span(noun, before), null));
    }

    /** "CEN chair X", "the OKF's director X" without the genitive: an English title after its organization. */
    List<RolePhrase.Part> orgTitle(Sent s, PersonOcc p) {
        if (!s.english) {
            return List.of();
        }
        for (int j = Math.max(1, p.start() - 3); j < p.start(); j++) {
            int at = j;
            OrgOcc o = s.orgs.stream().filter(q -> q.end() == at).findFirst().orElse(null);
            if (o != null && !s.tok(j).isCapitalized() && roles.roleEnd(s, j) == p.start()) {
                return List.of(new RolePhrase.Part(s.span(j, p.start()), o.entry()));
            }
        }
        return List.of();
    }
}
