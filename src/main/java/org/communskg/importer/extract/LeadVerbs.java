package org.communskg.importer.extract;

/**
 * The verb phrases that say a person leads an organization without a role noun after a comma:
 * "dirige", "préside", "pilote", "heads", "prend la présidence de", "est à la tête de",
 * "a été élue à la présidence de". Presiding names the office; directing or heading does not
 * say whether one is director, manager or founder, so it gives a bare membership.
 */
final class LeadVerbs {
    /** A verb phrase read at some index: where its object starts, the office it names (or null), and how near the object must be. */
    record Lead(int objectFrom, String role, int reach) {
    }

    private LeadVerbs() {
    }

    /** The lead verb phrase starting at v, or null. */
    static Lead at(Sent s, int v) {
        if (s.tok(v).is("prend", "assure", "occupe", "reprend") && s.tok(v + 1).is("la") && s.tok(v + 2).is("presidence")) {
            return new Lead(v + 3, "président", 5);
        }
        if (s.tok(v).is("est", "etait", "is", "was") && s.tok(v + 1).is("a") && s.tok(v + 2).is("la") && s.tok(v + 3).is("tete")) {
            return new Lead(v + 4, null, 4); // "est à la tête de la Fondation Y"
        }
        Lead elected = elected(s, v);
        if (elected != null) {
            return elected;
        }
        String verb = s.tok(v).text();
        if (verb.matches("dirige|préside|coordonne|anime|codirige|copréside|heads|leads|runs|chairs")) {
            String role = s.tok(v).is("preside") ? "président" : s.tok(v).is("copreside") ? "coprésident" : null;
            return new Lead(sinceYear(s, v + 1), role, 4);
        }
        // "pilote" steers projects as often as organizations: only an organization right after it counts.
        return verb.equals("pilote") ? new Lead(v + 1, null, 2) : null;
    }

    /** "a été élue à la présidence de", "est nommé à la tête du": the gender of the participle gives the office's. */
    private static Lead elected(Sent s, int v) {
        int e = s.tok(v).is("a") && s.tok(v + 1).is("ete") ? v + 2 : s.tok(v).is("est") ? v + 1 : v;
        String participle = s.tok(e).text();
        if (!participle.matches("(?iu)(ré)?élue?|nommée?|désignée?") || !s.tok(e + 1).is("a") || !s.tok(e + 2).is("la")) {
            return null;
        }
        boolean feminine = participle.endsWith("e");
        if (s.tok(e + 3).is("presidence")) {
            return new Lead(e + 4, feminine ? "présidente" : "président", 4);
        }
        if (s.tok(e + 3).is("direction")) {
            return new Lead(e + 4, feminine ? "directrice" : "directeur", 4);
        }
        return s.tok(e + 3).is("tete") ? new Lead(e + 4, null, 4) : null;
    }

    /** "dirige depuis 2019 la Scic Y": a date between the verb and its object is skipped. */
    private static int sinceYear(Sent s, int k) {
        if (s.tok(k).is("depuis", "since") && s.tok(k + 1).text().matches("\\d{4}")) {
            return k + 2;
        }
        if (s.tok(k).is("depuis") && s.tok(k + 1).text().matches("\\d{1,2}|deux|trois|quatre|cinq|six|dix") && s.tok(k + 2).is("ans")) {
            return k + 3;
        }
        return k;
    }
}
