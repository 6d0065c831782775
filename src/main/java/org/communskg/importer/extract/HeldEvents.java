package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communskg.importer.extract.text.Token;

/**
 * The shapes that say an organization holds its assembly or a place is opened, whatever the name
 * (proper name, acronym, kind noun) and the voice: "l'assemblée générale de La Trame", "l'AG du
 * CSO", "le Collectif X a tenu son assemblée générale", "Open Data Lab's annual general meeting";
 * "l'inauguration de la Filature", "la Filature a été officiellement inaugurée", "ont inauguré
 * samedi la Filature". Used by {@link UnnamedEvents}, which decides whether the sentence tells it happened.
 */
final class HeldEvents {
    /** What a shape found: where, the event's name, its kind, and the holder (null for a place not spotted as an organization). */
    record Held(int charAt, String name, String kind, OrgRegistry.Entry holder, boolean told) {
        Held(int charAt, String name, String kind, OrgRegistry.Entry holder) {
            this(charAt, name, kind, holder, false);
        }

        Held asTold() {
            return new Held(charAt, name, kind, holder, true);
        }
    }

    private static final Pattern ASSEMBLY_OF = Pattern.compile("(?iu)\\b(?:l['’]assemblée générale|l['’](?-i:AG))"
            + "(?: annuelle| ordinaire| extraordinaire)? (de |d['’]|du |des )");
    private static final Pattern OWN_ASSEMBLY = Pattern.compile("(?iu)^,?\\s*(?:(?:a|avait|ont) tenu|tiendra|tient|tenait|tiennent"
            + "|(?:a|avait) réuni|réunira|réunissait)(?: \\p{Ll}+ment)? (?:son|sa|leur) (?:assemblée générale|(?-i:AG))\\b");
    private static final Pattern ENGLISH_ASSEMBLY = Pattern.compile("(?iu)^['’]s (?:annual |yearly )?(general assembly|general meeting|(?-i:AGM))\\b");
    private static final Pattern INAUGURATION_OF = Pattern.compile("(?iu)\\bl['’]inauguration (du |de la |de l['’]|de |des )"
            + "((?:nouveau |nouvelle )?(?:tiers-lieu|lieu|fab ?lab|espace|local|maison|café|médiathèque) )?");
    private static final Pattern INAUGURATED = Pattern.compile("(?iu)^\\s*,?\\s*(?:a été |sera |est |sont |ont été |avait été |vient d['’]être )?"
            + "(?:\\p{Ll}+ment )?inaugurée?s?\\b");
    private static final Pattern INAUGURATING = Pattern.compile("(?iu)\\b(?:ont|a|avons|ont officiellement|a officiellement|vont|va|viennent d['’]|vient d['’])"
            + " inaugur(?:é|er)((?: (?:\\p{Ll}+ment|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|matin|soir|après-midi|dernier|\\d{1,2}"
            + "|\\p{Ll}+bre|janvier|février|mars|avril|mai|juin|juillet|août)){0,4}) ");
    /** A place named in the text and not spotted as an organization: "la Filature", "le Quai des Savoirs". */
    private static final Pattern PLACE = Pattern.compile("(?u)^(?:(?:le |la |les )?(?:tiers-lieu|lieu|fab ?lab|espace|café) )?"
            + "((?:la |le |l['’]|les )?\\p{Lu}[\\p{L}'’-]+(?: (?:du|de la|des|de|d['’])? ?\\p{Lu}[\\p{L}'’-]+)*)");

    private HeldEvents() {
    }

    static List<Held> find(Sent s) {
        List<Held> out = new ArrayList<>();
        assemblies(s, out);
        if (out.isEmpty()) {
            inaugurations(s, out);
        }
        return out;
    }

    private static void assemblies(Sent s, List<Held> out) {
        Matcher m = ASSEMBLY_OF.matcher(s.text);
        while (m.find()) {
            Sent.OrgOcc o = orgNear(s, s.tokenAt(m.end()));
            if (o != null) {
                String words = s.text.substring(m.end() - m.group(1).length(), s.tok(o.end() - 1).end()); // "du RFO", "de la Fédération X"
                out.add(new Held(m.start(), "Assemblée générale " + words, "assemblée générale", o.entry()));
                return;
            }
        }
        for (Sent.OrgOcc o : s.orgs) {
            String after = s.text.substring(s.tok(o.end() - 1).end());
            Matcher own = OWN_ASSEMBLY.matcher(after);
            if (own.find()) {
                out.add(new Held(s.tok(o.start()).start(), "Assemblée générale " + of(s, o), "assemblée générale",
                        o.entry()).asTold());
                return;
            }
            Matcher en = ENGLISH_ASSEMBLY.matcher(after);
            if (en.find()) {
                String kind = en.group(1).equals("AGM") ? "annual general meeting" : en.group(0).substring(3).toLowerCase(Locale.ROOT);
                String name = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " of " + s.span(o.start(), o.end());
                out.add(new Held(s.tok(o.start()).start(), name, "general assembly", o.entry()));
                return;
            }
        }
    }

    private static void inaugurations(Sent s, List<Held> out) {
        Matcher m = INAUGURATION_OF.matcher(s.text);
        if (m.find()) {
            String determiner = m.group(2) == null && m.group(1).matches("(?i)de la |de l['’]") ? m.group(1).substring(3) : "";
            place(s, m.end(), m.start(), determiner, out, false);
            return;
        }
        m = INAUGURATING.matcher(s.text);
        if (m.find()) {
            place(s, m.end(), m.start(), "", out, true);
            return;
        }
        for (Sent.OrgOcc o : s.orgs) {
            if (INAUGURATED.matcher(s.text.substring(s.tok(o.end() - 1).end())).find()) {
                out.add(new Held(s.tok(o.start()).start(), "Inauguration " + of(s, o), "inauguration", o.entry()).asTold());
                return;
            }
        }
        Matcher p = Pattern.compile("(?u)\\b(?:le |la )(?:tiers-lieu|lieu|fab ?lab|espace|café) ").matcher(s.text);
        while (p.find()) {
            Matcher named = PLACE.matcher(s.text.substring(p.end()));
            if (named.find() && INAUGURATED.matcher(s.text.substring(p.end() + named.end())).find()) {
                placeNamed(s, p.end(), named.group(1), p.start(), out, true);
                return;
            }
        }
    }

    /** The place named at char {@code at}: a spotted organization (it holds the opening), else a capitalized name. */
    private static void place(Sent s, int at, int charAt, String determiner, List<Held> out, boolean told) {
        Sent.OrgOcc o = orgNear(s, s.tokenAt(at));
        if (o != null) {
            Held h = new Held(charAt, "Inauguration " + of(s, o), "inauguration", o.entry());
            out.add(told ? h.asTold() : h);
            return;
        }
        Matcher named = PLACE.matcher(s.text.substring(at));
        if (named.find()) {
            placeNamed(s, at + named.start(1), determiner.toLowerCase(Locale.ROOT) + named.group(1), charAt, out, told);
        }
    }

    private static void placeNamed(Sent s, int at, String name, int charAt, List<Held> out, boolean told) {
        int k = s.tokenAt(at);
        boolean person = s.persons.stream().anyMatch(p -> p.start() <= k + 1 && k <= p.end());
        String bare = name.replaceFirst("^(?:la |le |l['’]|les )", "");
        if (!person && !bare.isBlank() && at > 0) {
            String of = name.equals(bare) ? UnnamedEvents.of(name) : name.startsWith("le ") ? "du " + bare
                    : name.startsWith("les ") ? "des " + bare : "de " + name;
            Held h = new Held(charAt, "Inauguration " + of, "inauguration", null);
            out.add(told ? h.asTold() : h);
        }
    }

    /** "de la Fabrique du Quai", "du Collectif X", "de La Trame": the organization as the sentence words it. */
    private static String of(Sent s, Sent.OrgOcc o) {
        String name = s.span(o.start(), o.end());
        Token before = s.tok(o.start() - 1);
        return before.is("la") ? "de la " + name : before.is("le") ? "du " + name : before.is("l'") ? "de l'" + name : UnnamedEvents.of(name);
    }

    /** The organization named right after token k, or after "La"/"Le". */
    static Sent.OrgOcc orgNear(Sent s, int k) {
        Sent.OrgOcc o = s.orgAt(k);
        return o != null ? o : s.tok(k).is("la", "le", "l'") ? s.orgAt(k + 1) : null;
    }
}
