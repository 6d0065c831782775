package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communskg.importer.extract.text.Fold;

/**
 * Keys under which two spellings of one organization's name meet: the loose form (case, accents,
 * hyphens and a leading article dropped), the words in any order and either language ("Mozilla
 * Foundation" / "Fondation Mozilla"), the territorial body behind a region or a town ("Région
 * Bretagne" / "Conseil régional de Bretagne") and the initials a bare acronym stands for.
 *
 * <pre>{@code
 * OrgNames.loose("Les Petits-Bricoleurs");              // "petits bricoleurs"
 * OrgNames.words("European Commission");                 // "commission europeen"
 * OrgNames.territorial("Conseil régional de Bretagne");  // "region bretagne"
 * OrgNames.initials("Agence régionale des savoirs partagés"); // [arsp]
 * }</pre>
 */
public final class OrgNames {
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "the");
    private static final Set<String> SMALL = Set.of("de", "du", "des", "d", "la", "le", "les", "l", "et", "en",
            "pour", "a", "au", "aux", "sur", "of", "the", "for", "and", "in", "on");
    /** English words of organization names, in their French form, so both languages give one key. */
    private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("foundation", "fondation"),
            Map.entry("european", "europeen"), Map.entry("agency", "agence"), Map.entry("institute", "institut"),
            Map.entry("council", "conseil"), Map.entry("university", "universite"), Map.entry("network", "reseau"),
            Map.entry("observatory", "observatoire"), Map.entry("ministry", "ministere"), Map.entry("center", "centre"),
            Map.entry("bank", "banque"), Map.entry("library", "bibliotheque"), Map.entry("school", "ecole"),
            Map.entry("committee", "comite"), Map.entry("authority", "autorite"), Map.entry("digital", "numerique"),
            Map.entry("data", "donnee"), Map.entry("commons", "commun"), Map.entry("french", "francais"),
            Map.entry("society", "societe"), Map.entry("cooperative", "cooperatif"), Map.entry("nationaux", "national"),
            Map.entry("federation", "federation"), Map.entry("international", "international"),
            Map.entry("research", "recherche"));
    /** A region, a department or a town and the council or city hall that acts for it. */
    private static final Map<Pattern, String> TERRITORIES = Map.of(
            Pattern.compile("^(conseil regional|region)( de la| de l| des| du| de| d)? "), "region ",
            Pattern.compile("^(conseil departemental|departement)( de la| de l| des| du| de| d)? "), "departement ",
            Pattern.compile("^(mairie|ville|commune)( de la| de l| des| du| de| d)? "), "ville ");

    private static final Pattern NATIONALITY = Pattern.compile(
            "(French|Belgian|German|Dutch|Spanish|Italian|Portuguese|Irish|Flemish|Swiss|Canadian) (?=\\p{Lu})");

    private OrgNames() {
    }

    /** Two spellings of one name: loosely equal, the same territorial body, or the same words in any order or language. */
    public static boolean sameOrganization(String a, String b) {
        return loose(a).equals(loose(b)) || same(territorial(a), territorial(b)) || same(words(a), words(b));
    }

    private static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }

    /**
     * "French Collectif Données Solidaires": an English adjective of nationality before a French
     * name is the writer's gloss, not part of the name ("French Tech", all English, keeps it).
     */
    public static String withoutNationality(String name) {
        Matcher m = NATIONALITY.matcher(name);
        if (m.lookingAt()) {
            String rest = name.substring(m.end());
            boolean french = rest.matches("(?s).*[àâçéèêëîïôûùœ].*") || rest.matches("(?s).* (de|du|des|d'|la|le|les|et) .*");
            return french ? rest : name;
        }
        return name;
    }

    /** Folded, punctuation and hyphens as spaces, a leading article dropped. */
    public static String loose(String name) {
        String f = Fold.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        int space = f.indexOf(' ');
        if (space > 0 && ARTICLES.contains(f.substring(0, space))) {
            f = f.substring(space + 1);
        }
        return f;
    }

    /** The content words, in French, singular, sorted; null when fewer than two. */
    public static String words(String name) {
        Set<String> out = new TreeSet<>();
        for (String w : loose(name).split(" ")) {
            if (!SMALL.contains(w)) {
                out.add(stem(ENGLISH.getOrDefault(w, w)));
            }
        }
        return out.size() < 2 ? null : String.join(" ", out);
    }

    /** "region bretagne" for the region and its council; null for any other name. */
    public static String territorial(String name) {
        String l = loose(name);
        for (Map.Entry<Pattern, String> t : TERRITORIES.entrySet()) {
            Matcher m = t.getKey().matcher(l);
            if (m.find() && m.end() < l.length()) {
                return t.getValue() + l.substring(m.end());
            }
        }
        return null;
    }

    /** True for a bare acronym: "ARSP", "A.R.S.P.", "URTLS". */
    public static boolean isAcronym(String s) {
        String t = s.replace(".", "");
        return t.length() >= 2 && t.length() <= 8 && t.matches("\\p{Lu}[\\p{Lu}\\d&]+");
    }

    /** The acronyms a full name may be shortened to: initials of its content words, hyphenated words counted as one or as several. */
    public static Set<String> initials(String name) {
        Set<String> out = new LinkedHashSet<>();
        List<String> whole = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String w : Fold.fold(name).replaceAll("[^\\p{L}\\p{N}-]+", " ").strip().split(" ")) {
            if (w.isEmpty() || SMALL.contains(w)) {
                continue;
            }
            whole.add(w.substring(0, 1));
            for (String p : w.split("-")) {
                if (!p.isEmpty() && !SMALL.contains(p)) {
                    parts.add(p.substring(0, 1));
                }
            }
        }
        if (whole.size() >= 2) {
            out.add(String.join("", whole));
            out.add(String.join("", parts));
        }
        return out;
    }

    /**
     * A slip of the keyboard: the same words but for one or two of five letters or more, each one
     * letter off ("des poste" / "des postes"). Numbers must agree, so "Rennes 1" is not "Rennes 2".
     */
    public static boolean typo(String a, String b) {
        String[] wa = loose(a).split(" ");
        String[] wb = loose(b).split(" ");
        if (wa.length != wb.length || wa.length < 2) {
            return false;
        }
        int slips = 0;
        for (int i = 0; i < wa.length; i++) {
            if (!wa[i].equals(wb[i])) {
                if (Math.min(wa[i].length(), wb[i].length()) < 5 || !oneEditApart(wa[i], wb[i])
                        || wa[i].matches(".*\\d.*") || wb[i].matches(".*\\d.*")) {
                    return false;
                }
                slips++;
            }
        }
        return slips > 0 && slips <= 2 && 2 * slips < wa.length;
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            boolean swap = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return swap || a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : b.substring(i + 1).equals(a.substring(i));
    }

    /** Plural and feminine endings: "europeenne" and "europeens" give "europeen". */
    private static String stem(String w) {
        String s = w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        s = s.length() > 3 && s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
        return s.endsWith("nn") || s.endsWith("ll") ? s.substring(0, s.length() - 1) : s;
    }
}
