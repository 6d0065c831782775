package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.text.Fold;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Token;

/**
 * Reads a role phrase into (role words, organization) parts: "doctorant et consultant chez Inno3"
 * gives (doctorant, none) and (consultant, Inno3); "fondatrice et présidente de Y" gives both
 * roles at Y, since a position is held somewhere while a profession stands alone.
 */
final class RolePhrase {
    /** One role; role null means a bare affiliation, org null means none named. */
    record Part(String role, OrgRegistry.Entry org) {
    }

    private final RoleLexicon roles;
    private final OrgSpotter orgs;

    RolePhrase(RoleLexicon roles, OrgSpotter orgs) {
        this.roles = roles;
        this.orgs = orgs;
        this.refs = new BackReferences(orgs);
        this.tails = new TrailingOrgs(orgs);
    }

    private final TrailingOrgs tails;

    OrgSpotter orgs() {
        return orgs;
    }

    /** Comma-separated role segments after a name: "X, chercheur, co-fondateur de Y - ...". */
    List<Part> appositions(Sent s, int start) {
        List<Part> out = new ArrayList<>();
        int i = start;
        OrgOcc owner = s.orgAt(start);
        if (owner != null && s.tok(owner.end()).text().matches("'s|’s") && roles.roleEnd(s, owner.end() + 1) > 0) {
            // "Freja Holm, NOTF's community manager"
            int end = segmentEnd(s, owner.end() + 1);
            out.add(new Part(clean(s.span(owner.end() + 1, end)), owner.entry()));
            return out;
        }
        if (s.tok(start + 2).text().matches("'s|’s") && roles.roleEnd(s, start + 3) > 0) {
            OrgRegistry.Entry referent = backReference(s, start); // "X, the foundation's executive director"
            if (referent != null) {
                out.add(new Part(clean(s.span(start + 3, segmentEnd(s, start + 3))), referent));
                return out;
            }
        }
        while (roles.roleEnd(s, i) > 0) {
            int end = segmentEnd(s, i);
            out.addAll(segment(s, i, end));
            if (!s.tok(end).is(",") || roles.roleEnd(s, end + 1) < 0) {
                tails.signedFor(s, out, end);
                break;
            }
            i = end + 1;
        }
        return out;
    }

    /** Parts of tokens [a, b): split at "et"/"and" before a role noun. */
    List<Part> segment(Sent s, int a, int b) {
        return segment(s, a, b, true);
    }

    /** As {@link #segment(Sent, int, int)}; without merging bare roles when each must go to its own person. */
    List<Part> segment(Sent s, int a, int b, boolean merge) {
        List<int[]> subs = new ArrayList<>();
        int from = a;
        int depth = 0;
        for (int k = a + 1; k < b; k++) {
            depth += s.tok(k).is("(") ? 1 : s.tok(k).is(")") ? -1 : 0;
            if (depth == 0 && s.tok(k).is("et", "and", ",") && roles.roleEnd(s, k + 1) > 0) {
                subs.add(new int[] {from, k});
                from = k + 1;
            }
        }
        subs.add(new int[] {from, b});
        List<Part> parts = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int[] sub : subs) {
            parts.add(part(s, sub[0], sub[1]));
            kinds.add(roles.kind(s, sub[0]));
        }
        return shareAndMerge(parts, kinds, merge);
    }

    private Part part(Sent s, int a, int b) {
        boolean territorial = "territorial".equals(roles.kind(s, a));
        for (int k = Math.max(a + 1, roles.roleEnd(s, a)); k < b; k++) {
            Token t = s.tok(k);
            int place = placeEnd(s, k);
            if (place > k && k > a && s.orgAt(k) == null) {
                k = place - 1; // "directeur régional Pays de la Loire de la Banque X": the region stays in the role
                continue;
            }
            Part tail = k > a ? RoleTails.at(s, a, k, refs) : null;
            if (tail != null) {
                return tail;
            }
            if (s.english && t.isCapitalized() && s.tok(k - 1).is("of") && s.tok(k + 1).is("at", "for")) {
                continue; // "Head of Unit at the X": a capitalised title, the organization comes after "at"
            }
            if (t.isWord() && t.isCapitalized() && s.orgAt(k) == null && k > a) {
                OrgOcc sure = tails.closing(s, k, b); // a name we could not read: only a sure organization at the end
                if (sure != null) {
                    return new Part(clean(s.span(a, s.tok(sure.start() - 1).is("l'", "la", "le") ? sure.start() - 2 : sure.start() - 1)), sure.entry());
                }
                break;
            }
            int start = k + 1;
            if (t.is("au", "aux") && s.tok(k + 1).is("sein")) {
                start = k + 3;
            } else if (!t.is("chez", "a", "au", "aux", "at", "of", "for", "pour", "with", "de", "du", "des", "d'", "aupres")) {
                continue;
            }
            // "adjoint au maire de Saint-Nazaire": after an elected office the complement is a place.
            boolean placeAfter = territorial || "territorial".equals(Lexicon.get().roleKind(s.tok(k - 1).text()));
            OrgSpotter.Plain plain = placeAfter ? OrgSpotter.Plain.NONE
                    : t.is("chez", "at") ? OrgSpotter.Plain.ANY : OrgSpotter.Plain.NAMES;
            // "du Syndicat" as the publisher's alias starts at the preposition itself.
            OrgOcc occ = s.orgAt(k) != null ? s.orgAt(k) : orgs.orgAt(s, start, plain);
            if (occ != null && occ.end() <= b + 3) {
                OrgOcc unit = s.tok(occ.end()).text().matches("'s|’s") ? tails.unit(s, occ.end() + 1) : null;
                return new Part(clean(s.span(a, k)), (unit != null ? unit : occ).entry()); // "the Commission's DG CONNECT": the unit
            }
            // The noun closes the phrase, or only a time follows: "présidente de l'Union depuis 2023".
            boolean closes = start + 2 == b || s.tok(start + 2).is("depuis", "since", "jusqu'", "until", "en", "in", "from")
                    && !s.tok(start + 3).isCapitalized();
            OrgRegistry.Entry referent = closes ? backReference(s, start)
                    : start + 1 == b && t.is("du", "au") ? backReference(s, k) : null; // "vice-présidente du collectif"
            if (referent != null) {
                return new Part(clean(s.span(a, k)), referent);
            }
        }
        if (b - 1 > a && s.tok(b - 1).is("library", "project", "software", "framework", "package", "logiciel", "projet", "bibliotheque")) {
            return new Part(clean(s.span(a, Math.max(a + 1, roles.roleEnd(s, a)))), null); // "maintainer of the X library"
        }
        return new Part(clean(s.span(a, b)), null);
    }

    /** Organizations named by reference ("du collectif", "de l'Union"), see {@link BackReferences}. */
    final BackReferences refs;

    OrgRegistry.Entry backReference(Sent s, int det) {
        return refs.backReference(s, det);
    }


    /** End of a place name starting at k ("Pays de la Loire", "Bretagne"), or k when none. */
    private static int placeEnd(Sent s, int k) {
        if (!s.tok(k).isCapitalized()) {
            return k;
        }
        for (int e = Math.min(s.toks.size(), k + 5); e > k; e--) {
            if (Lexicon.get().isPlace(s.span(k, e))) {
                return e;
            }
        }
        return k;
    }

    /** Positions without an organization take the next one named; adjacent bare roles merge. */
    private static List<Part> shareAndMerge(List<Part> parts, List<String> kinds, boolean merge) {
        List<Part> shared = new ArrayList<>(parts);
        for (int i = 0; i < shared.size(); i++) {
            if (shared.get(i).org() == null && "position".equals(kinds.get(i))) {
                for (int j = i + 1; j < shared.size(); j++) {
                    if (shared.get(j).org() != null) {
                        shared.set(i, new Part(shared.get(i).role(), shared.get(j).org()));
                        break;
                    }
                }
            }
        }
        List<Part> merged = new ArrayList<>();
        for (Part p : shared) {
            Part last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (merge && last != null && last.org() == null && p.org() == null && last.role() != null) {
                merged.set(merged.size() - 1, new Part(last.role() + " et " + p.role(), null));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    private static int segmentEnd(Sent s, int i) {
        int depth = 0;
        int k = i;
        for (; k < s.toks.size(); k++) {
            Token t = s.tok(k);
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (t.text().matches("[,.;:!?«»“”\"\\-–—·|]") || k > i && t.text().matches("a|ont|est|sont|qui|was|is|has|who|venue?s?|arrivée?s?")
                    || k > i && s.personAt(k) != null)) {
                break;
            }
        }
        return k;
    }

    static String clean(String role) {
        // "trésorière depuis 2021": the date says since when, not what.
        return role.replaceAll("(?iu)\\s+(depuis|since|en|in)\\s+\\d{4}\\s*$", "")
                .replaceAll("(?iu)\\s+(depuis|for)\\s+(\\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|ten)\\s+(ans?|années?|mois|years?|months?)\\s*$", "").replaceAll("[\\s,]+$", "").replaceFirst("^(?iu)(a|an|the|un|une) ", "").strip();
    }
}
