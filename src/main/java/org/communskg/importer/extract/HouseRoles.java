package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.communskg.importer.Article;
import org.communskg.importer.extract.Sent.OrgOcc;
import org.communskg.importer.extract.text.Fold;

/**
 * The organization an article speaks for or about, for offices named without one: in a press
 * release of the Collectif X, "la déléguée générale Y", "Contact presse : Z, chargée de
 * communication" and a new board "A, présidente ; B, trésorier" are posts at the Collectif X.
 * In a report on another organization's board ("le conseil d'administration de l'association
 * W a élu son bureau"), the board's organization plays that part.
 */
final class HouseRoles {
    /** Press-release furniture, each a paragraph of its own: the publisher speaks of itself. */
    private static final Pattern RELEASE_HEADING = Pattern.compile("(?iu)^\\W*(communiqu[ée]( de presse)?|press release)\\W*$");
    private static final Pattern CONTACT = Pattern.compile("(?iu)^\\W*(contact presse|contacts presse|press contact|media contact)");
    private static final Pattern ABOUT = Pattern.compile("(?iu)^\\W*([àa] propos d|about )");
    /** Offices held inside an organization; professions and elected officials of a place are not. */
    private static final Set<String> OFFICES = Set.of("president", "presidente", "vice-president", "vice-presidente",
            "copresident", "copresidente", "co-president", "co-presidente", "tresorier", "tresoriere", "vice-tresorier",
            "vice-tresoriere", "secretaire", "delegue", "deleguee", "directeur", "directrice", "charge", "chargee",
            "coordinateur", "coordinatrice", "fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur",
            "co-fondatrice", "administrateur", "administratrice", "membre", "responsable", "porte-parole",
            "chair", "vice-chair", "co-chair", "treasurer", "secretary", "director", "coordinator", "founder", "co-founder",
            "cofounder", "member", "officer", "manager", "lead", "contact");
    private static final Set<String> TIME_WORDS = Set.of("nouveau", "nouvelle", "ancien", "ancienne", "new", "former", "founding");

    private HouseRoles() {
    }

    /** The house organization of the article, or null when it has none or it is unclear. */
    static OrgRegistry.Entry house(Article article, List<Sent> sents, OrgRegistry.Entry publisher) {
        if (publisher != null && ownVoice(article, publisher)) {
            return publisher;
        }
        OrgRegistry.Entry about = publisher == null ? aboutSubject(sents) : null;
        if (about != null && ownVoice(article, about)) {
            return about; // a release without a publisher in its metadata: "À propos de l'Observatoire X"
        }
        OrgRegistry.Entry appointed = HeadlineHouse.of(article, sents);
        if (appointed != null) {
            return appointed;
        }
        java.util.Set<OrgRegistry.Entry> boards = new java.util.LinkedHashSet<>();
        for (Sent s : sents) {
            for (OrgOcc o : s.orgs) {
                int k = o.start() - 1;
                while (s.tok(k).is("l'", "la", "le") || PlainNames.GENERIC.contains(s.tok(k).folded()) && !s.tok(k).isCapitalized()) {
                    k--;
                }
                boolean ofBoard = s.tok(k).is("de", "du", "d'", "of")
                        && (s.tok(k - 1).is("bureau", "board") || s.tok(k - 1).is("administration") && s.tok(k - 3).is("conseil")
                        || s.tok(k - 1).is("generale") && s.tok(k - 2).is("assemblee") || s.tok(k - 1).is("meeting") && s.tok(k - 2).is("general"));
                // "membre du conseil d'administration de Framasoft": one person's seat elsewhere, not the board reported on.
                boolean seat = s.tok(k - 1).is("bureau", "board") ? s.tok(k - 3).is(SEATS) : s.tok(k - 5).is(SEATS);
                if (ofBoard && !seat) {
                    boards.add(o.entry()); // "le conseil d'administration du Collectif X", "le bureau de l'association Y"
                }
            }
        }
        return boards.size() == 1 ? boards.iterator().next() : null;
    }

    /** The organization an "À propos de X" / "About X" heading presents. */
    private static OrgRegistry.Entry aboutSubject(List<Sent> sents) {
        for (Sent s : sents) {
            int k = s.tok(0).is("a") && s.tok(1).is("propos") ? 2 : s.tok(0).is("about") ? 1 : -1;
            if (k > 0 && s.tok(k).is("de", "du", "d'", "des")) {
                k++;
            }
            if (k > 0 && s.tok(k).is("l'", "la", "le")) {
                k++;
            }
            OrgOcc o = k > 0 ? s.orgAt(k) : null;
            if (o != null && (o.end() == s.toks.size() || s.tok(o.end()).text().matches("[:.(]"))) {
                return o.entry();
            }
        }
        return null;
    }

    /** Words before "du bureau de" / "du conseil d'administration de" that make it one person's seat. */
    private static final String[] SEATS = {"membre", "member", "administrateur", "administratrice", "secretaire", "tresorier",
        "tresoriere", "president", "presidente", "vice-president", "vice-presidente"};
    /**
     * A press release: its title or a heading says so, or it closes with a press contact or an
     * "À propos de" about the publisher. "Dans un communiqué de presse, la Fondation X..." in a
     * news report is not one.
     */
    private static boolean ownVoice(Article article, OrgRegistry.Entry publisher) {
        if (article.title() != null && Fold.fold(article.title()).matches("(communique|press release)\\b.*")) {
            return true;
        }
        for (String p : article.paragraphs()) {
            if (RELEASE_HEADING.matcher(p.strip()).matches() || CONTACT.matcher(p).find()) {
                return true;
            }
            if (ABOUT.matcher(p).find() && mentions(p, publisher)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(String paragraph, OrgRegistry.Entry e) {
        String f = " " + Fold.fold(paragraph) + " ";
        return e.name != null && f.contains(Fold.fold(e.name)) || e.acronym != null && f.contains(" " + Fold.fold(e.acronym) + " ");
    }

    /** Offices without an organization are given the house's; other roles are left as they are. */
    static List<RoleSpotter.RoleRec> fill(List<RoleSpotter.RoleRec> recs, OrgRegistry.Entry house) {
        if (house == null) {
            return recs;
        }
        List<RoleSpotter.RoleRec> out = new ArrayList<>();
        for (RoleSpotter.RoleRec r : recs) {
            boolean office = r.org() == null && r.role() != null && isOffice(r.role());
            out.add(office ? new RoleSpotter.RoleRec(r.person(), r.role(), house, r.sentence(), r.confidence() * 0.9) : r);
        }
        return out;
    }

    /** "Director of Programmes", "Communications Lead": the head word names an office, whatever its complement. */
    static boolean headIsOffice(String role) {
        String[] w = Fold.fold(role).split("\\s+");
        return OFFICES.contains(w[0]) || OFFICES.contains(w[w.length - 1]) && !w[0].equals("charge") || isOffice(role);
    }

    static boolean isOffice(String role) {
        String[] w = Fold.fold(role).split("[\\s]+");
        int i = TIME_WORDS.contains(w[0]) && w.length > 1 ? 1 : 0;
        // "présidente du jury", "membre du comité de sélection": a panel, not the organization.
        boolean panel = Fold.fold(role).matches(".*\\b(jury|comite|commission|panel|mission|projet|programme)\\b.*")
                && !w[i].startsWith("charge");
        if (w.length == 2 && i == 0 && w[1].matches("officer|manager|lead|coordinator|director")) {
            i = 1; // "communications officer": in English the head comes last
        }
        if (!OFFICES.contains(w[i]) || panel) {
            return false;
        }
        if (w[i].startsWith("charge")) {
            return true; // "chargée de communication": a post whatever its field
        }
        // "délégué ministériel à l'ESS": a complement makes it a title of its own, not a post in the house.
        String rest = String.join(" ", java.util.Arrays.copyOfRange(w, i + 1, w.length))
                .replaceAll("\\b(general|generale|executif|executive|adjoint|adjointe|fondateur|fondatrice)\\b", "").strip();
        return rest.isEmpty() || rest.startsWith("charge") || rest.equals("d'honneur") || w[i].equals("contact") && rest.matches("presse|press|media")
                || rest.matches("(du|de la) (conseil d'administration|bureau)|of the (board|executive committee)");
    }
}
