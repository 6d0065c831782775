package org.communskg.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communskg.importer.extract.text.Fold;

/**
 * Events without a proper name, named as annotators name them, by their kind and what they are
 * about: "Inauguration de La Fabrique du Quai", "Assemblée générale du Collectif X", "Matinée de
 * restitution du Baromètre Y", "Webinaire de présentation de l'appel à projets « Z »". Only when
 * the sentence says it happened or will (a date, "réunie", "s'est tenue", "lors de", a participle),
 * never for a generic mention ("les assemblées générales sont souvent ..."). Lower confidence.
 */
final class UnnamedEvents {
    /** An event found, and the organization holding it (an assembly's, a place's), or null. */
    record Found(EventNames.Named named, java.util.Optional<OrgRegistry.Entry> holder) {
        Found(EventNames.Named named, OrgRegistry.Entry holder) {
            this(named, java.util.Optional.ofNullable(holder));
        }
    }

    private static final Pattern HAPPENS = Pattern.compile("(?iu)\\b(réunie?s?|s'est (tenue?|déroulée?)|aura lieu|a eu lieu|se tiendra|"
            + "lors d[eu']|à l'occasion d[eu']|ont assisté|ont participé|a élu|a renouvelé|a désigné|organisée? par|accueill\\p{L}*|"
            + "(?:a|avait|ont) tenu|tiendra|(?:a été|ont été|ont|a|sera|avons) (?:\\p{Ll}+ment )?inauguré\\p{L}*|held|took place|will take place|will be held|during)\\b");
    private static final Pattern ASSEMBLY_OF = Pattern.compile("(?iu)\\bl['’]assemblée générale (?:de l['’]|de la |du )"
            + "(?-i:(association|coopérative|collectif|réseau|fédération|union))\\b"
            + "(?! \\p{Ll}+(ale|al|aux|ique|ienne|ien|aise|ais|ine)\\b)"); // "de la coopérative nationale" is another one
    private static final Pattern MET_IN_ASSEMBLY = Pattern.compile("(?iu)\\bréunie?s? en assemblée générale\\b[^,]*,\\s*");
    private static final Pattern PRESENTING = Pattern.compile("(?iu)\\b(matinée|soirée|journée|webinaire) "
            + "(de restitution|de présentation|d['’]information|de lancement)\\b");
    /** "Baromètre 2026 des données dans les territoires": the event is named after the report's short title. */
    private static final Pattern PLACE_TAIL = Pattern.compile("(?u)\\s+(dans (les|la|le) \\p{Ll}+|en (France|Europe|région))$");
    private static final Pattern PRESENTED_DOC = Pattern.compile("(?iu)^(le|la|l['’]|ce|cette) ?(document|baromètre|rapport|étude|"
            + "guide|enquête|ouvrage|livre blanc|publication) (sera|seront|a été|est|sont) présentée?s?\\b");
    private static final Pattern REFERENT = Pattern.compile(
            "(?iu)\\b(l['’]|le |la )(inauguration|assemblée générale|(?-i:AG)|webinaire|matinée|soirée)\\b(?! d[eu'’] ?\\p{Lu})");
    /** A caption naming who stands in the photo of an inauguration: they attended it. */
    private static final Pattern LEFT_TO_RIGHT = Pattern.compile("(?iu)^\\s*(de gauche à droite|de g\\. à d\\.|from left to right|(from )?left to right)\\s*[:,]");
    /** "Thème : « … »", "sur le thème « … »": a dated gathering just announced is named by its theme. */
    private static final Pattern THEME = Pattern.compile("(?iu)(?:^\\s*|\\b(?:sur le |autour du |on the )?)(?:thème|theme|topic)\\s*:?\\s*«\\s*([^»]{6,140}?)\\s*»");
    private static final Pattern GATHERING = Pattern.compile("(?iu)\\b(webinaire|webinar|rendez-vous|séance|atelier|workshop|rencontre|conférence|"
            + "table ronde|matinée|soirée|midi)\\b");
    private static final Pattern RIBBON = Pattern.compile("(?iu)\\b(coup(é|er|ent|ait) (de |du |le )?ruban|coupé de ruban)\\b");

    private final PresentedTitles titles = new PresentedTitles();
    /** Titles of the article's publications, read before its events. */
    List<String> publications = List.of();
    /** The site's own organization, or null. */
    OrgRegistry.Entry house;
    private Sent previous;

    /** The unnamed events sentence s tells of, or refers back to among {@code known}. */
    List<Found> find(Sent s, List<EventRec> known) {
        List<Found> out = new ArrayList<>();
        titles.read(s);
        boolean happens = HAPPENS.matcher(s.text).find() || Dates.find(s.text, null) != null;
        Matcher m = ASSEMBLY_OF.matcher(s.text);
        if (m.find() && happens) {
            add(out, s, m.start(), "Assemblée générale", backReference(s, m.start(1), m.group(1)), "assemblée générale");
        }
        Matcher met = MET_IN_ASSEMBLY.matcher(s.text);
        if (met.find()) {
            int end = met.end();
            Sent.OrgOcc named = s.orgs.stream().filter(o -> s.tok(o.start()).start() >= end - 1
                    && s.tok(o.start()).start() <= end + 4).findFirst().orElse(null);
            String noun = s.text.substring(end).replaceFirst("(?iu)^(l['’]|la |le )", "").split("\\P{L}")[0];
            OrgRegistry.Entry holder = named != null ? named.entry() : backReference(s, end, noun);
            add(out, s, met.start() + s.text.substring(met.start()).indexOf("assemblée"), "Assemblée générale", holder, "assemblée générale");
        }
        held(s, out, happens);
        m = PRESENTING.matcher(s.text);
        if (m.find() && (happens || s.text.matches("(?s).*\\b\\d{1,2} h\\b.*"))) {
            String kind = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String about = PRESENTED_DOC.matcher(s.text).find() && publications.size() == 1
                    ? of(PLACE_TAIL.matcher(publications.get(0)).replaceFirst(""))
                    : titles.about(m.group(2), s.text.substring(m.end()));
            if (about != null) {
                String name = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + m.group(2).replace('’', '\'') + " " + about;
                out.add(new Found(new EventNames.Named(s.tokenAt(m.start()), name, kind, 0.6), (OrgRegistry.Entry) null));
            }
        }
        theme(s, out, happens);
        if (out.isEmpty()) {
            referent(s, known, out);
            ribbon(s, known);
        }
        previous = s;
        return out;
    }

    private void theme(Sent s, List<Found> out, boolean happens) {
        Matcher t = THEME.matcher(s.text);
        if (!t.find()) {
            return;
        }
        for (Sent in : java.util.Arrays.asList(s, previous)) {
            Matcher g = in == null ? null : GATHERING.matcher(in == s ? s.text.substring(0, t.start()) : in.text);
            boolean dated = in != null && (in == s ? happens : HAPPENS.matcher(in.text).find() || Dates.find(in.text, null) != null);
            if (g != null && g.find() && dated) {
                String kind = g.group(1).toLowerCase(java.util.Locale.ROOT).matches("webinaire|webinar") ? "webinaire" : "rencontre";
                out.add(new Found(new EventNames.Named(s.tokenAt(t.start(1)), t.group(1), kind, 0.6), (OrgRegistry.Entry) null));
                return;
            }
        }
    }

    /** Any organization's assembly, any place's opening ({@link HeldEvents}), when the sentence tells it happened. */
    private static void held(Sent s, List<Found> out, boolean happens) {
        for (HeldEvents.Held h : HeldEvents.find(s)) {
            if ((happens || h.told()) && out.stream().noneMatch(f -> f.named().name().equalsIgnoreCase(h.name()))) {
                out.add(new Found(new EventNames.Named(s.tokenAt(h.charAt()), h.name(), h.kind(), 0.6), h.holder()));
            }
        }
    }

    /** "L'inauguration s'est déroulée en présence de ...", "Le webinaire de présentation, animé par X": the one event of that kind. */
    private static void referent(Sent s, List<EventRec> known, List<Found> out) {
        Matcher m = REFERENT.matcher(s.text);
        if (!m.find()) {
            return;
        }
        String kind = m.group(2).equals("AG") ? "assemblée générale" : m.group(2).toLowerCase(java.util.Locale.ROOT);
        List<EventRec> same = known.stream().filter(e -> kind.equals(e.kind) && !e.part).toList();
        if (same.size() == 1) {
            out.add(new Found(new EventNames.Named(s.tokenAt(m.start(2)), same.get(0).name, kind, same.get(0).confidence), (OrgRegistry.Entry) null));
        }
    }

    /** A caption "lors du coupé de ruban", "De gauche à droite : X, Y": those it names take part in the article's inauguration. */
    private static void ribbon(Sent s, List<EventRec> known) {
        List<EventRec> opened = known.stream().filter(e -> "inauguration".equals(e.kind)).toList();
        if (opened.size() == 1 && (RIBBON.matcher(s.text).find() || LEFT_TO_RIGHT.matcher(s.text).find())) {
            s.persons.forEach(p -> opened.get(0).participants.add(p.entry()));
        }
    }

    /** "l'assemblée générale de la Fédération X": the organization holding its assembly organizes it. */
    static void hold(EventRec e, Sent s, EventNames.Named n) {
        if (n.kind().matches("(?i)assemblée générale|general assembly|annual meeting|general meeting")) {
            int end = n.at() + org.communskg.importer.extract.text.Tokenizer.tokens(n.name()).size();
            s.orgs.stream().filter(o -> o.end() == end && o.start() > n.at()).findFirst().ifPresent(o -> e.organizers.add(o.entry()));
        }
    }

    private void add(List<Found> out, Sent s, int charAt, String kindWords, OrgRegistry.Entry holder, String kind) {
        if (holder != null) {
            out.add(new Found(new EventNames.Named(s.tokenAt(charAt), kindWords + " " + of(holder.name), kind, 0.6), holder));
        }
    }

    /** "l'association" in an article: the one organization named just before with that noun, else the site's own. */
    private OrgRegistry.Entry backReference(Sent s, int charAt, String noun) {
        String n = Fold.fold(noun);
        Set<OrgRegistry.Entry> found = new LinkedHashSet<>();
        Set<OrgRegistry.Entry> near = new LinkedHashSet<>();
        for (Sent in : java.util.Arrays.asList(previous, s)) {
            if (in != null) {
                in.orgs.stream().filter(o -> in != s || in.tok(o.start()).start() < charAt).forEach(o -> near.add(o.entry()));
                in.orgs.stream().filter(o -> (" " + Fold.fold(o.entry().name) + " ").contains(" " + n + " ") || in.tok(o.start() - 1).folded().equals(n))
                        .forEach(o -> found.add(o.entry()));
            }
        }
        if (found.isEmpty() && near.size() == 1) {
            found.addAll(near); // "Double changement à la tête du Collectif X. ... l'assemblée générale de l'association"
        }
        return found.size() == 1 ? found.iterator().next() : found.isEmpty() ? house : null;
    }

    private static final Set<String> MASCULINE = Set.of("collectif", "reseau", "conseil", "syndicat", "centre", "pole", "hub", "comite",
            "groupement", "point", "lieu", "tiers-lieu", "fablab", "fab", "campus", "bureau", "barometre", "rapport", "guide", "livre");

    /** "de La Filature", "du Collectif X", "d'Open Data Territoires", "du Baromètre Y". */
    static String of(String name) {
        String first = Fold.fold(name).split("[\\s']")[0];
        if (first.matches("[aeiouyh].*")) {
            return "d'" + name;
        }
        if (first.equals("le")) {
            return "du " + name.substring(3);
        }
        return (MASCULINE.contains(first) ? "du " : "de ") + name;
    }
}
