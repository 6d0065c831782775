package org.communskg.synthetic;

/**
 * Deterministic names for synthetic ranks: rank {@code n} is always the same person or
 * organization, so a rank drawn in two articles is one node, as real names recur. First names are
 * ones the extractor knows, so synthetic articles read as real ones do.
 */
final class Names {
    private static final String[] FIRST = {"Camille", "Mireille", "Thomas", "Claire", "Julien", "Sophie", "Karim",
        "Élodie", "Nicolas", "Amina", "Pierre", "Louise", "Antoine", "Inès", "Romain", "Hélène", "Yann", "Chloé",
        "Mathieu", "Nadia", "Bruno", "Aurélie", "Olivier", "Léa", "Samuel", "Agnès", "Vincent", "Manon", "Rachid",
        "Juliette", "Benoît", "Céline"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Garnier",
        "Rousseau", "Fontaine", "Chevalier", "Robin", "Mercier", "Blanchard", "Guérin", "Boyer", "Lemoine", "Perrin",
        "Marchand", "Dumont", "Caron", "Renaud", "Brunet", "Giraud", "Vidal", "Roussel", "Meunier", "Lacroix",
        "Picard", "Aubert", "Carpentier", "Barbier", "Arnaud", "Colin", "Leclerc", "Huet", "Benoit", "Langlois",
        "Fabre", "Schmitt", "Leroux", "Besson"};
    /** Head words with their French article after "de": "de l'", "de la ", "du ". */
    private static final String[][] HEADS = {{"Association", "de l'"}, {"Fédération", "de la "},
        {"Collectif", "du "}, {"Réseau", "du "}, {"Fondation", "de la "}, {"Coopérative", "de la "},
        {"Observatoire", "de l'"}, {"Institut", "de l'"}};
    private static final String[] TOPICS = {"des communs numériques", "pour les données ouvertes",
        "de l'économie solidaire", "des tiers-lieux", "du logiciel libre", "pour la médiation numérique",
        "des données d'intérêt général", "de l'innovation sociale"};
    private static final String[] PLACES = {"Bretagne", "Occitanie", "Normandie", "Lyon", "Grenoble", "Lille",
        "Nantes", "Bordeaux", "Marseille", "Strasbourg", "Dijon", "Rennes", "Tours", "Besançon", "Nancy", "Amiens"};

    private static final String[] TOWNS = {"Lyon", "Grenoble", "Lille", "Nantes", "Bordeaux", "Marseille",
        "Strasbourg", "Dijon", "Rennes", "Tours", "Besançon", "Nancy", "Amiens", "Poitiers", "Brest", "Angers"};

    private Names() {
    }

    /**
     * "Camille Martin", then "Camille Martin-Bernard" once first and last names are used up. The
     * surname index mixes in the rank (41 surnames, prime to 1 + 7 × 32) so neighbouring ranks do
     * not share a surname, and each rank below 32 × 41 has its own pair.
     */
    static String person(long rank) {
        long combos = (long) FIRST.length * LAST.length;
        long q = rank / FIRST.length;
        String name = FIRST[(int) (rank % FIRST.length)] + " " + LAST[(int) ((q + 7 * rank) % LAST.length)];
        long more = rank / combos;
        return more == 0 ? name : name + "-" + LAST[(int) ((more - 1) % LAST.length)] + (more > LAST.length ? " " + more : "");
    }

    /** "Association des communs numériques de Bretagne", then with a number once combinations are used up. */
    static String organization(long rank) {
        int h = (int) (rank % HEADS.length);
        int t = (int) ((rank / HEADS.length) % TOPICS.length);
        int p = (int) ((rank / ((long) HEADS.length * TOPICS.length)) % PLACES.length);
        long more = rank / ((long) HEADS.length * TOPICS.length * PLACES.length);
        return HEADS[h][0] + " " + TOPICS[t] + " de " + PLACES[p] + (more == 0 ? "" : " " + (more + 1));
    }

    /** "de l'Association …", "de la Fédération …", "du Collectif …": the organization after "de". */
    static String ofOrganization(long rank) {
        return HEADS[(int) (rank % HEADS.length)][1] + organization(rank);
    }

    /** A town for an event. */
    static String place(long rank) {
        return TOWNS[(int) (rank % TOWNS.length)];
    }
}
