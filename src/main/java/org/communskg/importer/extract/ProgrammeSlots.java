package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communskg.importer.extract.text.Lexicon;
import org.communskg.importer.extract.text.Tokenizer;

/**
 * Sessions a programme names by a time slot and no quotes: "9h30 — Ouverture", "9 h 30 – Keynote
 * de X, sociologue", "14h — Ateliers : IA et démarches ; évaluer son impact", and the titles listed
 * under "14h00 — Ateliers en parallèle". Breaks and meals ("Accueil café", "Déjeuner") are no
 * sessions. Only while an event is being read, so that a timetable in prose names nothing.
 */
final class ProgrammeSlots {
    private static final Pattern SLOT = Pattern.compile(
            "^(\\d{1,2}\\s?[hH]\\s?(\\d{2})?|\\d{1,2}[:.]\\d{2})\\s*[—–-]\\s*(\\p{Lu}.*)$");
    private static final Pattern BREAK = Pattern.compile("(?iu)^(accueil|café|déjeuner|pause|apéro|apéritif|cocktail|buffet|repas|"
            + "lunch|coffee|break|registration|networking|fin|dîner|dinner|welcome|"
            // An opening or a closing is a moment of the day, not a named session (gold sets differ; precision first).
            + "ouverture|clôture|opening|closing|introduction|conclusion|synthèse|mot d'accueil)\\b");
    private static final Pattern SEVERAL = Pattern.compile("(?iu)^(ateliers|workshops|sessions|tables rondes|breakout sessions)\\b");
    /** "Visites apprenantes de trois lieux": the slot's name stops where a lower-case complement starts. */
    private static final Pattern COMPLEMENT = Pattern.compile("^(\\S+\\s+\\S+.*?)\\s+(de|des|du|d'|à|au|aux|en|pour|of|for|at)\\s+\\p{Ll}.*$");

    private int listParagraph = -1;
    private String listKind;

    /** "9h30 — Ouverture": a line of the timetable, which ends the session before it. */
    static boolean isSlot(Sent s) {
        return SLOT.matcher(s.text.strip()).matches();
    }

    /** The sessions sentence {@code s} names as a programme slot or an item under one; empty when none. */
    List<EventNames.Named> find(Sent s, List<Quotes.Quoted> quotes, boolean eventRead) {
        List<EventNames.Named> out = new ArrayList<>();
        Matcher m = SLOT.matcher(s.text.strip());
        if (m.matches() && eventRead) {
            listParagraph = -1;
            String rest = m.group(3);
            if (SEVERAL.matcher(rest).find()) {
                listKind = s.english ? "workshop" : "atelier";
                items(s, rest, out);
            } else if (quotes.stream().allMatch(q -> q.kind() == null || q.publication()) && !BREAK.matcher(rest).find()) {
                String name = name(rest);
                // "Table ronde « … »" is named by its quoted title; "Clôture par X" by no title at all.
                boolean titled = rest.substring(name.length()).strip().matches("(?s)^[«\"“].*");
                boolean byline = name.matches("(?iu).*\\s(par|by)\\s.*");
                if (!name.isEmpty() && !titled && !byline && name.split("\\s+").length <= 8) {
                    String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
                    String kind = Lexicon.get().eventLevel(first) != null ? first : "session";
                    out.add(new EventNames.Named(at(s, name), name, kind, 0.6));
                }
            }
            return out;
        }
        boolean item = s.paragraph == listParagraph && !quotes.isEmpty() && quotes.get(0).open() <= 1 && quotes.get(0).kind() == null;
        if (item) {
            out.add(new EventNames.Named(quotes.get(0).open(), quotes.get(0).title(), listKind, 0.6));
        }
        return out;
    }

    /** "Ateliers : A ; b ; c" names each workshop; "Ateliers en parallèle" alone opens a list of titles below. */
    private void items(Sent s, String rest, List<EventNames.Named> out) {
        int colon = rest.indexOf(':');
        if (colon < 0 || !rest.substring(colon).contains(";")) {
            listParagraph = s.paragraph;
            return;
        }
        for (String item : rest.substring(colon + 1).split(";")) {
            String t = item.strip().replaceFirst("[.!]$", "").strip();
            if (!t.isEmpty() && t.split("\\s+").length <= 10) {
                String name = Character.toUpperCase(t.charAt(0)) + t.substring(1);
                out.add(new EventNames.Named(at(s, t), name, listKind, 0.55));
            }
        }
    }

    private static String name(String rest) {
        String n = rest.split("[,(:«\"“]|\\s[—–-]\\s")[0].strip().replaceFirst("[.!]$", "").strip();
        Matcher c = COMPLEMENT.matcher(n);
        return c.matches() ? c.group(1) : n;
    }

    /** The persons inside a slot's name: "Keynote de X" is given by X. */
    static List<PersonRegistry.Entry> namedIn(Sent s, EventNames.Named n) {
        int end = n.at() + Tokenizer.tokens(n.name()).size();
        return s.persons.stream().filter(p -> p.start() > n.at() && p.end() <= end).map(Sent.PersonOcc::entry).toList();
    }

    /** Token index where {@code text} starts in the sentence (0 when not found). */
    private static int at(Sent s, String text) {
        int c = s.text.indexOf(text);
        for (int k = 0; k < s.toks.size(); k++) {
            if (s.tok(k).start() >= c) {
                return k;
            }
        }
        return 0;
    }
}
