package org.communskg.bench;

import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.communskg.App;
import org.communskg.Settings;
import org.communskg.publish.Pages;
import org.communskg.publish.Publisher;
import java.io.OutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.communskg.store.NamedQueries;
import org.communskg.store.ResultWriter;
import org.communskg.store.RemoteGraphStore;
import org.communskg.store.Sparql;
import org.communskg.store.Tdb2GraphStore;

/**
 * Query latency through three paths over the same TDB2 data: the front end's {@code /sparql}
 * (this JVM, over HTTP), a standalone Fuseki server (started by {@code bench/scale.sh} on a copy
 * of the folder) and in-process ARQ (the floor), plus ARQ writing the same results (JSON or
 * Turtle) to a null stream, which tells serialization apart from HTTP, once with the endpoint's
 * writer and once with Jena's own JSON writer (the endpoint's before it had its own). The runs of the three paths are interleaved, so
 * the noise of a shared machine falls on all three. Then the entity page of the most connected
 * entity. Not a test: run by {@code bench/scale.sh}.
 *
 * <pre>{@code
 * java -cp target/communs-kg.jar:target/test-classes org.communskg.bench.QueryBench STORE FUSEKI_URL LABEL RUNS
 * }</pre>
 *
 * Prints tab-separated lines: label, item, path, runs, median ms, p99 ms.
 */
public final class QueryBench {
    /** {@code -Dbench.asyncClient=true}: the two servers also through java.net.http's client, as paths "PATH (java.net.http)". */
    private static final boolean ASYNC = Boolean.getBoolean("bench.asyncClient");
    private static final String JSON = "application/sparql-results+json";
    private static final String TURTLE = "text/turtle";
    /** {@code -Dbench.only=a,b} (or {@code bench.queries}): only these queries, or all when empty. */
    private static final java.util.Set<String> ONLY = java.util.Set.of(System.getProperty("bench.only",
                    System.getProperty("bench.queries", "")).split(","))
            .stream().filter(x -> !x.isBlank()).collect(java.util.stream.Collectors.toSet());
    /** A folder of earlier versions of the gallery queries, run in the same rounds as paths "PATH (before)". */
    private static final String BEFORE = System.getProperty("bench.before");
    /** The order of the paths in a round when they are given unordered. */
    private static final List<String> ORDER = List.of("arq", "arq+json", "arq+jena-json", "communs-kg", "fuseki");
    /** Time spent on one query's measured rounds before stopping early (at least one round runs). */
    private static final long BUDGET_NANOS = Long.getLong("bench.budgetSeconds", 60) * 1_000_000_000L;

    private QueryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        String fuseki = args[1];
        String label = args[2];
        int runs = Integer.parseInt(args[3]);
        Settings settings = Settings.defaults().withStore(store).withPort(0);
        try (App app = App.open(settings)) {
            Javalin web = app.web("http://localhost:0").start(0);
            String ours = "http://localhost:" + web.port();
            Tdb2GraphStore tdb = (Tdb2GraphStore) app.store();
            Node hub = mostConnected(tdb);
            Map<String, Query> queries = new LinkedHashMap<>();
            NamedQueries.bundled().all().stream().filter(q -> ONLY.isEmpty() || ONLY.contains(q.name()))
                    .forEach(q -> queries.put(q.name(), Sparql.parse(q.text())));
            // Earlier versions of the same queries, run in the same rounds: before/after ratios.
            Map<String, Query> before = new LinkedHashMap<>();
            if (BEFORE != null) {
                NamedQueries.fromFolder(Path.of(BEFORE)).all().stream().filter(q -> queries.containsKey(q.name()))
                        .forEach(q -> before.put(q.name(), Sparql.parse(q.text())));
            }
            Publisher local = new Publisher(tdb, settings.baseUri(), settings.licence());
            queries.put("entity-describe", Sparql.parse(local.view(hub, 1).describeQuery()));
            queries.put("entity-describe (before: uncapped)", Sparql.parse(local.fullDescribeQuery(hub)));
            for (Map.Entry<String, Query> q : queries.entrySet()) {
                if (!ONLY.isEmpty() && !ONLY.contains(q.getKey())) {
                    continue;
                }
                Map<String, Runnable> paths = new LinkedHashMap<>(paths(q.getValue(), tdb, ours + "/sparql", fuseki + "/query"));
                if (before.containsKey(q.getKey())) {
                    paths(before.get(q.getKey()), tdb, ours + "/sparql", fuseki + "/query")
                            .forEach((path, run) -> paths.put(path + " (before)", run));
                }
                report(label, q.getKey(), runs, paths);
            }
            if (Boolean.parseBoolean(System.getProperty("bench.entityPage", "true"))) {
                entityPage(label, hub, local, new Publisher(RemoteGraphStore.connect(fuseki), settings.baseUri(),
                        settings.licence()), ours + "/id/" + local.localPath(hub), runs);
            }
            web.stop();
        }
        System.exit(0);
    }

    /** The ways to run one query, by path name, in the order they run in each round. */
    private static Map<String, Runnable> paths(Query query, Tdb2GraphStore tdb, String ours, String fuseki) {
        String text = query.serialize();
        String accept = query.isSelectType() || query.isAskType() ? JSON : TURTLE;
        Runnable arq = () -> tdb.query(query, QueryBench::consume);
        // The floor plus the serialization both servers do: where the time between ARQ and HTTP goes.
        Lang lang = query.isSelectType() || query.isAskType() ? ResultSetLang.RS_JSON : Lang.TURTLE;
        Runnable serialized = () -> tdb.query(query, qe -> {
            ResultWriter.write(query, qe, lang, OutputStream.nullOutputStream());
            return null;
        });
        // The same with Jena's own JSON writer, which the endpoint used before its own.
        Runnable jenaJson = () -> tdb.query(query, qe -> {
            if (query.isSelectType()) {
                ResultsWriter.create().lang(lang).build().write(OutputStream.nullOutputStream(), qe.execSelect());
            } else {
                ResultWriter.write(query, qe, lang, OutputStream.nullOutputStream());
            }
            return null;
        });
        Runnable front = () -> BenchHttp.get(ours + "?query=" + enc(text), accept);
        Runnable peer = () -> BenchHttp.get(fuseki + "?query=" + enc(text), accept);
        Map<String, Runnable> paths = new LinkedHashMap<>();
        paths.put("arq", arq);
        paths.put("arq+json", serialized);
        paths.put("arq+jena-json", jenaJson);
        paths.put("communs-kg", front);
        paths.put("fuseki", peer);
        if (ASYNC) {
            paths.put("communs-kg (java.net.http)", () -> BenchHttp.getAsync(ours + "?query=" + enc(text), accept));
            paths.put("fuseki (java.net.http)", () -> BenchHttp.getAsync(fuseki + "?query=" + enc(text), accept));
        }
        return paths;
    }

    private static void entityPage(String label, Node hub, Publisher local, Publisher remote, String page, int runs) {
        System.err.println("most connected entity: " + hub);
        report(label, "entity-page " + local.localPath(hub), runs, Map.of(
                "arq", () -> local.view(hub, 1),
                "fuseki", () -> remote.view(hub, 1),
                "communs-kg", () -> BenchHttp.get(page, "text/html")));
        report(label, "entity-page " + local.localPath(hub) + " ?mentions=20", runs, Map.of(
                "arq", () -> local.view(hub, Pages.FIRST.withMentions(20)),
                "fuseki", () -> remote.view(hub, Pages.FIRST.withMentions(20)),
                "communs-kg", () -> BenchHttp.get(page + "?mentions=20", "text/html")));
        String home = page.substring(0, page.indexOf("/id/"));
        report(label, "neighbourhood " + local.localPath(hub), runs, Map.of(
                "communs-kg", () -> BenchHttp.get(home + "/network/neighbourhood?iri=" + enc(hub.getURI()), "application/json")));
    }

    /**
     * One warm-up round, then up to {@code runs} rounds, each running every path once in turn;
     * rounds stop early once {@link #BUDGET_NANOS} is spent. A path that fails (a query past the
     * timeout) is reported as failed and left out of the next rounds.
     */
    private static void report(String label, String item, int runs, Map<String, Runnable> paths) {
        Map<String, Latencies> times = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (String path : ORDER) {
            if (paths.containsKey(path)) {
                times.put(path, new Latencies());
            }
        }
        paths.keySet().forEach(path -> times.putIfAbsent(path, new Latencies()));
        long start = System.nanoTime();
        for (int round = -1; round < runs && (round < 1 || System.nanoTime() - start < BUDGET_NANOS); round++) {
            for (Map.Entry<String, Latencies> e : times.entrySet()) {
                if (failed.containsKey(e.getKey())) {
                    continue;
                }
                try {
                    if (round < 0) {
                        paths.get(e.getKey()).run();
                    } else {
                        e.getValue().time(paths.get(e.getKey()));
                    }
                } catch (RuntimeException ex) {
                    failed.put(e.getKey(), String.valueOf(ex.getMessage()).replaceAll("\\s+", " "));
                }
            }
        }
        times.forEach((path, t) -> System.out.println(failed.containsKey(path)
                ? label + "\t" + item + "\t" + path + "\t0\tfailed\t" + failed.get(path)
                : String.format("%s\t%s\t%s\t%d\t%.2f\t%.2f", label, item, path, t.count(), t.median(), t.p99())));
        System.out.flush();
    }

    /** Reads every row or triple, as a client would, without writing them anywhere. */
    private static Object consume(QueryExecution qe) {
        Query q = qe.getQuery();
        if (q.isSelectType()) {
            qe.execSelect().forEachRemaining(row -> { });
        } else if (q.isAskType()) {
            qe.execAsk();
        } else {
            qe.execConstructTriples().forEachRemaining(t -> { });
        }
        return null;
    }

    /** The entity named in most articles (a power-law hub in synthetic graphs). */
    static Node mostConnected(Tdb2GraphStore tdb) {
        return tdb.query(Sparql.parse("""
                SELECT ?e (COUNT(*) AS ?n) { ?a <http://schema.org/mentions> ?e } GROUP BY ?e ORDER BY DESC(?n) LIMIT 1"""),
                qe -> qe.execSelect().next().get("e").asNode());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
