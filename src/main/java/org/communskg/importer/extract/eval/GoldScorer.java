package org.communskg.importer.extract.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.communskg.importer.extract.Extraction;
import org.communskg.importer.extract.OrgMention;
import org.communskg.importer.extract.PersonMention;
import org.communskg.importer.extract.PublicationFact;
import org.communskg.importer.extract.RoleFact;
import org.communskg.importer.extract.text.Fold;

/**
 * Scores an {@link Extraction} against a gold file, following {@code GOLD-FORMAT.md}: names are
 * compared after folding, or by a difflib ratio of at least 0.9; items are paired one-to-one
 * (maximum bipartite matching) so a single extracted item never counts twice.
 *
 * <pre>{@code
 * ScoreReport r = new GoldScorer().score(Path.of("seed-article.gold.json"), extraction);
 * System.out.println(r.summary());
 * }</pre>
 */
public final class GoldScorer {
    /** The categories, in report order. */
    public static final List<String> CATEGORIES =
            List.of("persons", "organizations", "roles", "events", "event-links", "publications");

    /** Scores against a gold JSON file. */
    public ScoreReport score(Path goldFile, Extraction x) {
        return score(JSON.read(goldFile.toString()), x);
    }

    /** Scores against a parsed gold object. */
    public ScoreReport score(JsonObject goldJson, Extraction x) {
        Gold gold = Gold.parse(goldJson);
        Resolver g = Resolver.ofGold(gold);
        Resolver e = Resolver.ofExtraction(x);
        var cats = new java.util.LinkedHashMap<String, Counts>();
        cats.put("persons", match(gold.persons(), x.persons(),
                (gp, xp) -> anySame(gp.labels(), labels(xp)), Gold.Person::name, PersonMention::name));
        cats.put("organizations", match(gold.orgs(), x.organizations(),
                (go, xo) -> anySame(go.labels(), labels(xo)), Gold.Org::name, GoldScorer::describe));
        cats.put("roles", match(gold.roles(), x.roles(),
                (gr, xr) -> roleMatches(gr, xr, g, e), Gold.Role::toString, GoldScorer::describe));
        List<EventItems.EventItem> goldEvents = EventItems.EventItem.ofGold(gold.events());
        List<EventItems.EventItem> xEvents = EventItems.EventItem.ofExtraction(x.events());
        cats.put("events", match(goldEvents, xEvents,
                (ge, xe) -> anySame(ge.labels(), xe.labels()), EventItems.EventItem::name, EventItems.EventItem::describe));
        cats.put("event-links", match(EventItems.LinkItem.of(goldEvents, g), EventItems.LinkItem.of(xEvents, e),
                (gl, xl) -> anySame(gl.event(), xl.event()) && anySame(gl.entity(), xl.entity()),
                EventItems.LinkItem::toString, EventItems.LinkItem::toString));
        cats.put("publications", match(gold.publications(), x.publications(),
                (gp, xp) -> sameName(gp.title(), xp.title()), Gold.Publication::title, GoldScorer::describe));
        return new ScoreReport(cats);
    }

    /** Equal after folding, or a difflib ratio of at least 0.9 between the folded forms. */
    public static boolean sameName(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String fa = Fold.fold(a);
        String fb = Fold.fold(b);
        return fa.equals(fb) || SequenceMatcher.ratio(fa, fb) >= 0.9;
    }

    /** Role words overlap: one contains the other after folding, or half their content words are shared. */
    public static boolean roleWordsOverlap(String a, String b) {
        String fa = Fold.fold(a);
        String fb = Fold.fold(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return false;
        }
        if (fa.contains(fb) || fb.contains(fa)) {
            return true;
        }
        Set<String> wa = ContentWords.of(fa);
        Set<String> wb = ContentWords.of(fb);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        Set<String> shared = new LinkedHashSet<>(wa);
        shared.retainAll(wb);
        return !shared.isEmpty() && 2 * shared.size() >= Math.min(wa.size(), wb.size());
    }

    static boolean anySame(Collection<String> a, Collection<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (sameName(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean roleMatches(Gold.Role gr, RoleFact xr, Resolver g, Resolver e) {
        if (!anySame(g.person(gr.person()), e.person(xr.person()))) {
            return false;
        }
        boolean orgOk = gr.org() == null ? xr.organization() == null
                : xr.organization() != null && anySame(g.org(gr.org()), e.org(xr.organization()));
        if (!orgOk) {
            return false;
        }
        if (gr.role() == null) {
            return gr.org() != null || xr.role() == null;
        }
        return xr.role() != null && roleWordsOverlap(gr.role(), xr.role());
    }

    static Set<String> labels(PersonMention p) {
        Set<String> s = new LinkedHashSet<>();
        s.add(p.name());
        s.addAll(p.aliases());
        return s;
    }

    static Set<String> labels(OrgMention o) {
        Set<String> s = new LinkedHashSet<>();
        s.add(o.name());
        if (o.acronym() != null) {
            s.add(o.acronym());
        }
        s.addAll(o.aliases());
        return s;
    }

    private static String describe(OrgMention o) {
        return o.name() + (o.acronym() == null ? "" : " (" + o.acronym() + ")") + " | " + o.evidence().sentence();
    }

    private static String describe(RoleFact r) {
        return r.person() + " / " + r.role() + " / " + r.organization() + " | " + r.evidence().sentence();
    }

    private static String describe(PublicationFact p) {
        return p.title() + " / " + p.publisher() + " | " + p.evidence().sentence();
    }

    /** Maximum one-to-one matching (Kuhn's augmenting paths): lists are small. */
    static <G, X> Counts match(List<G> gold, List<X> ext, BiPredicate<G, X> ok,
            Function<G, String> goldText, Function<X, String> extText) {
        int[] xOwner = new int[ext.size()];
        java.util.Arrays.fill(xOwner, -1);
        for (int gi = 0; gi < gold.size(); gi++) {
            augment(gi, gold, ext, ok, xOwner, new boolean[ext.size()]);
        }
        boolean[] goldMatched = new boolean[gold.size()];
        List<String> fps = new ArrayList<>();
        int tp = 0;
        for (int xi = 0; xi < ext.size(); xi++) {
            if (xOwner[xi] >= 0) {
                goldMatched[xOwner[xi]] = true;
                tp++;
            } else {
                fps.add(extText.apply(ext.get(xi)));
            }
        }
        List<String> misses = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            if (!goldMatched[gi]) {
                misses.add(goldText.apply(gold.get(gi)));
            }
        }
        return new Counts(tp, fps.size(), misses.size(), misses, fps);
    }

    private static <G, X> boolean augment(int gi, List<G> gold, List<X> ext, BiPredicate<G, X> ok,
            int[] xOwner, boolean[] seen) {
        for (int xi = 0; xi < ext.size(); xi++) {
            if (seen[xi] || !ok.test(gold.get(gi), ext.get(xi))) {
                continue;
            }
            seen[xi] = true;
            if (xOwner[xi] < 0 || augment(xOwner[xi], gold, ext, ok, xOwner, seen)) {
                xOwner[xi] = gi;
                return true;
            }
        }
        return false;
    }
}
