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
    }

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
            if (t.isWord() && t.isCapitalized() && s.orgAt(k) == null && k > a) {
                break; // a name we could not read: attaching a later one would guess
            }
            int start = k + 1;
            if (t.is("au", "aux") && s.tok(k + 1).is("sein")) {
                start = k + 3;
            } else if (!t.is("chez", "a", "au", "aux", "at", "of", "for", "with", "de", "du", "des", "d'", "aupres")) {
                continue;
            }
            // "adjoint au maire de Saint-Nazaire": after an elected office the complement is a place.
            boolean placeAfter = territorial || "territorial".equals(Lexicon.get().roleKind(s.tok(k - 1).text()));
            OrgSpotter.Plain plain = placeAfter ? OrgSpotter.Plain.NONE
                    : t.is("chez", "at") ? OrgSpotter.Plain.ANY : OrgSpotter.Plain.NAMES;
            // "du Syndicat" as the publisher's alias starts at the preposition itself.
            OrgOcc occ = s.orgAt(k) != null ? s.orgAt(k) : orgs.orgAt(s, start, plain);
            if (occ != null && occ.end() <= b + 3) {
                return new Part(clean(s.span(a, k)), occ.entry());
            }
            // The noun closes the phrase, or only a time follows: "présidente de l'Union depuis 2023".
            boolean closes = start + 2 == b || s.tok(start + 2).is("depuis", "since", "jusqu'", "until");
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

    /** The sentence before the one being read, for back-references; null at the start. */
    Sent previous;

    /**
     * "programme officer at the foundation": the one organization named just before (in this
     * sentence or the previous one) whose name holds that noun; null when none or several do.
     */
    OrgRegistry.Entry backReference(Sent s, int det) {
        Token noun = s.tok(det + 1);
        if (s.tok(det).is("the", "la", "le", "l'", "du") && noun.isCapitalized() && noun.isWord() && !s.tok(det + 2).isCapitalized()
                && (Lexicon.get().isPrefixHead(noun.text()) || Lexicon.get().isSuffixHead(noun.text()))) {
            return headReference(noun); // "chair of the Alliance", "présidente de l'Union": a short form of a name
        }
        if (!s.tok(det).is("the", "la", "le", "l'", "du", "au") || noun.isCapitalized() || !PlainNames.GENERIC.contains(noun.folded())) {
            return null;
        }
        java.util.Set<OrgRegistry.Entry> found = new java.util.LinkedHashSet<>();
        for (Sent in : java.util.Arrays.asList(previous, s)) {
            if (in != null) {
                in.orgs.stream().filter(o -> in != s || o.end() <= det)
                        .filter(o -> (" " + org.communskg.importer.extract.text.Fold.fold(o.entry().name) + " ").contains(" " + noun.folded() + " ")
                                || in.tok(o.start() - 1).folded().equals(noun.folded())) // "l'association Code Commun"
                        .forEach(o -> found.add(o.entry()));
            }
        }
        if (found.isEmpty()) {
            // Further back, the article's one organization of that kind: "le Collectif X (CDP)... vice-présidente du collectif".
            orgs.registry().entries().stream().filter(e -> e.name != null && !e.name.isBlank())
                    .filter(e -> Fold.fold(e.name).split(" ")[0].equals(noun.folded()))
                    .forEach(found::add);
        }
        if (found.isEmpty() && house != null && s.tok(det).is("la", "le", "l'", "du")) {
            return house; // in a press release "l'association" is the one that speaks
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The one organization of the article whose name starts with that head word; the house first. */
    private OrgRegistry.Entry headReference(Token noun) {
        java.util.function.Predicate<OrgRegistry.Entry> headed = e -> e.name != null
                && (Fold.fold(e.name).startsWith(noun.folded() + " ") || Fold.fold(e.name).endsWith(" " + noun.folded()));
        if (house != null && headed.test(house)) {
            return house;
        }
        List<OrgRegistry.Entry> found = orgs.registry().entries().stream().filter(headed).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The article's house organization (see {@link HouseRoles}), or null. */
    OrgRegistry.Entry house;

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
            } else if (depth == 0 && (t.text().matches("[,.;:!?«»“”\"\\-–—]") || k > i && t.text().matches("a|ont|est|sont|qui|was|is|has|who|venue?s?|arrivée?s?")
                    || k > i && s.personAt(k) != null)) {
                break;
            }
        }
        return k;
    }

    private static String clean(String role) {
        return role.replaceAll("[\\s,]+$", "").replaceFirst("^(?iu)(a|an|the|un|une) ", "").strip();
    }
}
