package org.communskg.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A light check that an article is French or English, the languages the extraction rules read:
 * the share of each language's function words ("le", "des", "the", "der", "los"…) among the
 * words of the text. The text is refused when another language scores highest, or when a long
 * text has almost no French or English function words. Short texts (a few sentences) pass: there
 * is too little to judge.
 *
 * <pre>{@code
 * LanguageCheck.require(article); // throws ImportException for German, Spanish, random bytes…
 * }</pre>
 */
final class LanguageCheck {
    /** Below this many words the check does not judge. */
    static final int MIN_WORDS = 30;
    /** French plus English function words below this share of a long text: it is neither. */
    static final double MIN_SHARE = 0.03;
    private static final Set<String> READ = Set.of("fr", "en");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}]+");
    private static final Map<String, Set<String>> FUNCTION_WORDS = new LinkedHashMap<>();
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        words("fr", "French", "le la les l de des du d un une et est en au aux ce cette ces qui que qu dans pour par "
                + "sur avec pas ne il elle ils nous vous sont ont été son sa ses leur leurs plus mais ou se s a à");
        words("en", "English", "the of and to in is are was were that this these for with on by as at be it its from "
                + "or an not have has had which their they we will would can also been but who");
        words("de", "German", "der die das und ist nicht ein eine einer den dem des mit auf für von zu im sich auch als "
                + "wird sind wurde bei nach aus über oder werden hat");
        words("es", "Spanish", "el la los las y de del en que es un una por con para su sus como más pero se lo al "
                + "fue son está este esta");
        words("it", "Italian", "il lo la gli le di del della delle dei e è un una per con che non sono nel nella alla "
                + "come anche più ma questo questa");
        words("pt", "Portuguese", "o a os as de do da dos das e é um uma em no na por para com que não se mais como "
                + "mas foi são ao");
        words("nl", "Dutch", "de het een en van in is dat op te zijn met voor niet aan er ook als bij door maar om uit "
                + "worden wordt heeft");
    }

    private LanguageCheck() {
    }

    private static void words(String code, String name, String list) {
        FUNCTION_WORDS.put(code, Set.of(list.split(" ")));
        NAMES.put(code, name);
    }

    /** Refuses an article whose declared language or whose text is neither French nor English. */
    static void require(Article article) {
        String declared = article.language().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (!READ.contains(declared)) {
            throw new ImportException(article.source(), "language '" + article.language()
                    + "' is neither French nor English: the extraction rules read only those");
        }
        List<String> words = WORD_SPLIT.splitAsStream(article.text().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty()).toList();
        if (words.size() < MIN_WORDS) {
            return;
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        FUNCTION_WORDS.forEach((code, set) -> shares.put(code,
                words.stream().filter(set::contains).count() / (double) words.size()));
        String best = shares.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double ours = shares.get("fr") + shares.get("en");
        if (!READ.contains(best) && shares.get(best) > Math.max(shares.get("fr"), shares.get("en"))) {
            throw new ImportException(article.source(), String.format(Locale.ROOT,
                    "the text looks %s (%.0f%% %s function words, %.0f%% French, %.0f%% English), not French or English",
                    NAMES.get(best), 100 * shares.get(best), NAMES.get(best), 100 * shares.get("fr"), 100 * shares.get("en")));
        }
        if (ours < MIN_SHARE) {
            throw new ImportException(article.source(), String.format(Locale.ROOT,
                    "the text is neither French nor English (%d words, %.1f%% French or English function words)",
                    words.size(), 100 * ours));
        }
    }
}
