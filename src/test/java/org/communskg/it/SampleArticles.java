package org.communskg.it;

/**
 * Synthetic French news articles (Markdown with front matter) that the importer reads like real
 * ones: each names persons with their roles and organizations, an event with its organizer, a
 * date and a place, and a report. For the concurrency and bad-input tests (the CLI's
 * {@code generate --texts} writes article files for the crash test and benchmarks); names recur
 * across articles as real ones do, always spelled the same.
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("a.md"), SampleArticles.article(42));
 * }</pre>
 */
public final class SampleArticles {
    private static final String[] FIRST = {"Lucie", "Marc", "Claire", "Julien", "Sophie", "Thomas", "Camille", "Nicolas",
        "Élise", "Antoine", "Manon", "Hugo", "Chloé", "Louis", "Pauline", "Mathieu"};
    private static final String[] LAST = {"Ferrand", "Oudin", "Dumontet", "Garnier", "Lemaire", "Rivière", "Cordier",
        "Vasseur", "Brunel", "Tessier", "Maillard", "Jolivet", "Perrin", "Courtois", "Delorme", "Fontaine", "Guérin"};
    private static final String[] ORGS = {"l'Observatoire des communs numériques", "la Fédération des tiers-lieux",
        "l'Institut des données ouvertes", "l'Agence des territoires connectés", "la Fondation pour les savoirs libres",
        "l'Association des médiateurs numériques", "le Collectif des archives partagées"};
    private static final String[] ROLES = {"directrice", "président", "chargée de mission", "trésorier", "déléguée générale"};
    private static final String[] CITIES = {"Lyon", "Nantes", "Lille", "Rennes", "Grenoble", "Bordeaux"};
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "septembre", "octobre"};

    private SampleArticles() {
    }

    /** The text of article {@code i}: the same {@code i} always gives the same text. */
    public static String article(long i) {
        int n = (int) (i % 9973);
        String a = person(n);
        String b = person(n * 7 + 3);
        String c = person(n * 13 + 5);
        String org1 = ORGS[n % ORGS.length];
        String org2 = ORGS[(n + 3) % ORGS.length];
        int day = 1 + n % 28;
        int month = n % MONTHS.length;
        String city = CITIES[n % CITIES.length];
        return """
                ---
                url: https://synthetic.example/articles/%1$d
                title: "Rencontre des communs numériques n° %1$d"
                publisher: Lettre synthétique des communs
                date: 2024-%2$02d-%3$02d
                language: fr
                ---
                %4$s, %5$s de %6$s, a ouvert le %3$d %7$s la rencontre des communs numériques de %8$s.

                La journée était organisée par %9$s et soutenue par la Banque des territoires. Les ateliers ont \
                réuni les acteurs de l'économie sociale et solidaire et des collectivités autour des données \
                d'intérêt général.

                %10$s, %11$s de %9$s, a présenté le rapport « Les communs numériques dans les territoires %1$d ». \
                Elle a rappelé que les données partagées sont un bien commun et que les collectivités ont un rôle \
                à jouer dans leur gouvernance.

                La table ronde était animée par %12$s, chercheur à l'Institut des sciences sociales du numérique. \
                Les participants ont conclu sur la nécessité de mieux financer les projets ouverts.
                """.formatted(i, month + 1, day, a, ROLES[n % ROLES.length], org1, MONTHS[month], city, org2, b,
                ROLES[(n + 2) % ROLES.length], c);
    }

    private static String person(int k) {
        return FIRST[k % FIRST.length] + " " + LAST[(k / FIRST.length + k) % LAST.length];
    }
}
