package org.communskg.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Synthetic French articles (Markdown with front matter) written from the project's own
 * paragraph templates ({@code article-templates.txt}), with persons and organizations drawn from
 * the same power-law pools as {@link SyntheticGraph}: input for measuring the importer's
 * throughput, extractor included.
 *
 * <pre>{@code
 * SyntheticArticles.seeded(1).writeTo(Path.of("/tmp/articles"), 1000, n -> {});
 * }</pre>
 */
public final class SyntheticArticles {
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    private static final String[] ROLES = {"présidente", "directeur", "chargée de mission", "trésorière",
        "déléguée générale", "secrétaire général"};
    private static final String[] EVENTS = {"Rencontres", "Journées", "Assises", "Universités d'été"};
    private static final List<String> PARAGRAPHS = load();

    private final long seed;

    private SyntheticArticles(long seed) {
        this.seed = seed;
    }

    public static SyntheticArticles seeded(long seed) {
        return new SyntheticArticles(seed);
    }

    /** Writes {@code count} articles as {@code synthetic-N.md} into {@code folder}; {@code progress} gets each count. */
    public void writeTo(Path folder, long count, LongConsumer progress) {
        SyntheticArticle.Pools pools = SyntheticArticle.Pools.forArticles(count);
        SplittableRandom random = new SplittableRandom(seed);
        try {
            Files.createDirectories(folder);
            for (long i = 0; i < count; i++) {
                Files.writeString(folder.resolve("synthetic-" + i + ".md"), article(i, pools, random), StandardCharsets.UTF_8);
                progress.accept(i + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write synthetic articles to " + folder, e);
        }
    }

    /** Article {@code i}: front matter, then four to six paragraphs of the templates with the placeholders filled. */
    String article(long i, SyntheticArticle.Pools pools, SplittableRandom random) {
        long[] p = pools.persons().distinct(random, 3);
        long[] o = pools.organizations().distinct(random, 2);
        LocalDate date = LocalDate.of(2022, 1, 1).plusDays(i % 1200);
        String event = EVENTS[random.nextInt(EVENTS.length)] + " " + topic(i) + " " + date.getYear();
        String[][] fill = {{"{p1}", Names.person(p[0])}, {"{p2}", Names.person(p[1])}, {"{p3}", Names.person(p[2])},
            {"{r1}", ROLES[random.nextInt(ROLES.length)]}, {"{r2}", ROLES[random.nextInt(ROLES.length)]},
            {"{de o1}", Names.ofOrganization(o[0])}, {"{de o2}", Names.ofOrganization(o[1])}, {"{e}", event},
            {"{d}", date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear()},
            {"{l}", Names.place(i)}};
        StringBuilder text = new StringBuilder("---\ntitle: \"" + event + " : le bilan\"\n")
                .append("url: https://synthetic.example/articles/").append(i).append('\n')
                .append("publisher: Synthèse Hebdo\ndate: ").append(date).append("\nlanguage: fr\n---\n\n");
        int paragraphs = 4 + random.nextInt(3);
        int first = random.nextInt(PARAGRAPHS.size());
        for (int k = 0; k < paragraphs; k++) {
            String paragraph = PARAGRAPHS.get((first + k) % PARAGRAPHS.size());
            for (String[] f : fill) {
                paragraph = paragraph.replace(f[0], f[1]);
            }
            text.append(paragraph).append("\n\n");
        }
        return text.toString();
    }

    private static String topic(long i) {
        return i % 3 == 0 ? "des communs" : i % 3 == 1 ? "de la donnée" : "des tiers-lieux";
    }

    private static List<String> load() {
        try (InputStream in = SyntheticArticles.class.getResourceAsStream("article-templates.txt")) {
            List<String> out = new ArrayList<>();
            for (String block : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R\\s*\\R")) {
                String text = block.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + " " + b).strip();
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing article-templates.txt", e);
        }
    }
}
