package org.communskg.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.communskg.App;
import org.communskg.Settings;
import org.communskg.importer.ImportListener;
import org.communskg.synthetic.SyntheticGraph;
import org.communskg.model.Iris;
import org.communskg.store.Sparql;
import org.communskg.store.Tdb2GraphStore;

/**
 * The load benchmark, run by hand with {@code bench/load.sh} (not part of {@code mvn verify}):
 * a store with a synthetic graph and the bundled and test articles, served on loopback; N clients
 * (java.net.http) send a mixed workload for S seconds while articles are re-imported in a loop;
 * throughput, p50/p95/p99 latency and errors per kind of request go to a Markdown file.
 *
 * <pre>{@code
 * java -cp target/communs-kg.jar:target/test-classes org.communskg.bench.LoadBench 16 60 0 bench/LOAD.md
 * }</pre>
 */
public final class LoadBench {
    static final Path ROOT = Path.of(".");
    /** Real articles: imported once before, then again and again during the run. */
    static final List<String> ARTICLE_FOLDERS = List.of("data/articles", "src/test/resources/devset",
            "src/test/resources/devset2", "src/test/resources/devset3", "src/test/resources/blind");

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        long synthetic = args.length > 2 ? Long.parseLong(args[2]) : 0;
        Path out = Path.of(args.length > 3 ? args[3] : "bench/LOAD.md");
        Path work = Files.createTempDirectory("communskg-load");
        Settings settings = Settings.defaults().withStore(work.resolve("store"));
        try (App app = App.open(settings)) {
            long quads = SyntheticGraph.builder().iris(Iris.under(settings.baseUri())).articles(synthetic).seed(1).build()
                    .writeTo(app.store(), done -> { }).quads();
            List<String> articles = articleFiles();
            app.importer().importAll(articles, ImportListener.NONE);
            Javalin web = app.web("http://127.0.0.1").start("127.0.0.1", 0);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Workload workload = workload("http://127.0.0.1:" + web.port(), entityPaths(app, settings.baseUri()), client);
            String loadBefore = loadAverage();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong reimported = new AtomicLong();
            Thread importer = new Thread(() -> reimport(app, articles, stop, reimported), "bench-import");
            importer.start();
            LatencyReport report = new LatencyReport();
            long start = System.nanoTime();
            run(client, workload, clients, start + seconds * 1_000_000_000L, report);
            double elapsed = (System.nanoTime() - start) / 1e9;
            stop.set(true);
            importer.join();
            web.stop();
            String md = LoadResults.markdown(new LoadResults.Run(Instant.now(), clients, elapsed, quads, synthetic,
                    articles.size(), reimported.get(), workload.kinds().size(), loadBefore, loadAverage()), report);
            Files.writeString(out, md);
            System.out.print(report.table(elapsed));
            System.out.printf(Locale.ROOT, "%d requests, %d errors, %d articles re-imported; written to %s%n",
                    report.requests(), report.errors(), reimported.get(), out);
        } finally {
            deleteTree(work);
        }
    }

    /** The mix: each gallery query, entity pages and their RDF, the home page, and search when the server has it. */
    static Workload workload(String root, List<String> entities, HttpClient client) throws IOException, InterruptedException {
        Workload w = new Workload(root);
        try (Stream<Path> files = Files.list(ROOT.resolve("queries"))) {
            for (Path rq : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(rq);
                w.add("query " + rq.getFileName().toString().replace(".rq", ""), r -> w.query(text));
            }
        }
        w.add("entity page (HTML)", r -> w.get(entities.get(r.nextInt(entities.size())), "text/html"));
        w.add("entity (Turtle)", r -> w.get(entities.get(r.nextInt(entities.size())), "text/turtle"));
        w.add("home page", r -> w.get("/", "text/html"));
        List<String> words = List.of("communs", "Clapot", "INJEP", "Wikimédia", "données", "synthétique");
        if (client.send(w.get("/search?q=communs", "text/html"), HttpResponse.BodyHandlers.discarding()).statusCode() != 404) {
            w.add("search", r -> w.get("/search?q=" + Workload.enc(words.get(r.nextInt(words.size()))), "text/html"));
        }
        return w;
    }

    static void run(HttpClient client, Workload workload, int clients, long deadline, LatencyReport report)
            throws InterruptedException {
        List<Workload.Kind> kinds = workload.kinds();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            SplittableRandom random = new SplittableRandom(i);
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    Workload.Kind kind = kinds.get(random.nextInt(kinds.size()));
                    HttpRequest request = kind.build().apply(random);
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            report.ok(kind.name(), System.nanoTime() - t);
                        } else {
                            report.error(kind.name(), System.nanoTime() - t, "HTTP " + r.statusCode() + " "
                                    + r.body().lines().findFirst().orElse(""));
                        }
                    } catch (IOException e) {
                        report.error(kind.name(), System.nanoTime() - t, e + " " + request.uri());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
    }

    static void reimport(App app, List<String> articles, AtomicBoolean stop, AtomicLong count) {
        while (!stop.get()) {
            for (String article : articles) {
                if (stop.get()) {
                    return;
                }
                app.importer().importAll(List.of(article), ImportListener.NONE);
                count.incrementAndGet();
            }
        }
    }

    static List<String> articleFiles() throws IOException {
        List<String> out = new ArrayList<>();
        for (String folder : ARTICLE_FOLDERS) {
            try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
                files.filter(p -> p.toString().matches(".*\\.(md|html)$")).filter(p -> !p.endsWith("README.md"))
                        .sorted().forEach(p -> out.add(p.toString()));
            }
        }
        return out;
    }

    /** Paths of persons, organizations, events and articles, real and synthetic. */
    static List<String> entityPaths(App app, String base) {
        String query = "SELECT ?s { { SELECT ?s { ?s a <http://xmlns.com/foaf/0.1/Person> } LIMIT 300 } UNION "
                + "{ SELECT ?s { ?s a <http://www.w3.org/ns/org#Organization> } LIMIT 200 } UNION "
                + "{ SELECT ?s { ?s a <http://schema.org/Event> } LIMIT 200 } UNION "
                + "{ SELECT ?s { ?s a <http://schema.org/NewsArticle> } LIMIT 200 } }";
        return app.store().query(Sparql.parse(query), qe -> {
            List<String> paths = new ArrayList<>();
            qe.execSelect().forEachRemaining(row -> paths.add("/id/" + row.getResource("s").getURI().substring(base.length())));
            return paths;
        });
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
