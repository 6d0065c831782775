package org.communskg.importer.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.communskg.importer.Article;
import org.communskg.importer.extract.RoleSpotter.RoleRec;
import org.communskg.importer.extract.text.Fold;

/**
 * The organization whose own website an article comes from, when its metadata names no publisher:
 * the site name closing an HTML title ("Retour sur les Rencontres | Traverses – réseau des
 * tiers-lieux") or the web address of an organization the article names (commonsbridge.org for the
 * Commons Bridge Foundation). It speaks as "notre coordinateur", "our Director of Programmes", and
 * an office in a byline ("By X, Director of Programmes") is held there.
 */
final class SiteOwner {
    private SiteOwner() {
    }

    /** The site's name from the title's last " | " or " — " part, its tagline cut off; null when none. */
    static String siteName(Article article) {
        String t = article.title();
        if (t == null) {
            return null;
        }
        int cut = Math.max(t.lastIndexOf(" | "), t.lastIndexOf(" — "));
        if (cut < 0 && t.lastIndexOf(" – ") > 0 && t.substring(t.lastIndexOf(" – ") + 3).split(" ").length <= 5) {
            cut = t.lastIndexOf(" – "); // "Why commons need third places – Lumen Network"
        }
        if (cut < 0) {
            return null;
        }
        String name = t.substring(cut + 3).split(" [–-] ")[0].strip();
        return name.length() > 2 && name.length() < 60 && Character.isUpperCase(name.charAt(0)) ? name : null;
    }

    /**
     * "Traverses", the site name of the page title, is known as an organization before the text is
     * read when the text names it too: "co-présidente de Traverses" then reads as a post there.
     */
    static void registerNamed(Article article, List<Sent> sents, OrgRegistry reg) {
        String name = article.publisher() == null ? siteName(article) : null;
        if (name == null || reg.find(name) != null) {
            return;
        }
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\p{L}-])" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}-])");
        sents.stream().filter(s -> word.matcher(s.text).find()).findFirst()
                .ifPresent(s -> reg.register(name, null, s.text, 0.7));
    }

    /** The one organization named in the article whose squashed name or acronym is the address's main label. */
    static OrgRegistry.Entry byAddress(Article article, OrgRegistry reg) {
        String label = hostLabel(article.url());
        if (label == null || label.length() < 5) {
            return null;
        }
        List<OrgRegistry.Entry> found = new ArrayList<>();
        for (OrgRegistry.Entry e : reg.entries()) {
            String name = e.name == null ? "" : squash(e.name);
            boolean acronym = e.acronym != null && squash(e.acronym).equals(label);
            if (acronym || name.equals(label) || label.length() >= 8 && (name.startsWith(label) || name.endsWith(label))) {
                found.add(e);
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    private static String hostLabel(String url) {
        try {
            String host = url == null ? null : URI.create(url).getHost();
            String[] labels = host == null ? new String[0] : host.toLowerCase(Locale.ROOT).split("\\.");
            return labels.length < 2 ? null : squash(labels[labels.length - 2]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String squash(String s) {
        return Fold.fold(s).replaceAll("[^a-z0-9]", "");
    }

    /**
     * "By X, Director of Programmes", "Par Y, chargée de communication", "18 March 2026 · by X, …": an
     * office in a byline, its date first or not, is held at the site's owner.
     */
    static List<RoleRec> bylines(List<RoleRec> recs, java.util.function.Supplier<OrgRegistry.Entry> owner) {
        List<RoleRec> out = new ArrayList<>();
        for (RoleRec r : recs) {
            boolean byline = Fold.fold(r.sentence()).matches("\\W*(\\d{1,2}(er)? \\p{L}+ \\d{4} *[·|–-] *)?(by|par|posted .{0,40}\\bby|publie .{0,40}\\bpar) .*");
            boolean office = r.org() == null && r.role() != null && HouseRoles.headIsOffice(r.role());
            OrgRegistry.Entry at = byline && office ? owner.get() : null;
            out.add(at != null ? new RoleRec(r.person(), r.role(), at, r.sentence(), r.confidence() * 0.85) : r);
        }
        return out;
    }
}
