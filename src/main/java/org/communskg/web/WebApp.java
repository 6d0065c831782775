package org.communskg.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.communskg.EndpointLimits;
import org.communskg.Settings;
import org.communskg.publish.Licence;
import org.communskg.publish.Ontology;
import org.communskg.publish.Publisher;
import org.communskg.publish.CurrentDumps;
import org.communskg.publish.Publishing;
import org.communskg.publish.Releases;
import org.communskg.network.NetworkService;
import org.communskg.search.SearchService;
import org.communskg.store.GraphStore;
import org.communskg.store.NamedQueries;
import org.communskg.store.Permalinks;
import org.communskg.store.QueryGate;

/**
 * The web front end. {@link #create} returns an unstarted Javalin, so tests start it on port 0.
 *
 * <pre>{@code
 * Javalin app = WebApp.create(store, NamedQueries.bundled(), "http://localhost:7070", Settings.defaults());
 * app.start(7070);
 * }</pre>
 */
public final class WebApp {
    private static final int REQUEST_HEADER_BYTES = 64 * 1024;

    private WebApp() {
    }

    /**
     * The front end with the base and licence of {@link Settings#defaults()}.
     *
     * @param store     the graph served
     * @param queries   the named queries offered
     * @param publicUrl the server's public address, used in self-descriptions
     */
    public static Javalin create(GraphStore store, NamedQueries queries, String publicUrl) {
        Settings defaults = Settings.defaults();
        return create(store, queries, Publishing.from(defaults, publicUrl), Releases.in(defaults.releases()),
                defaults);
    }

    /**
     * @param store     the graph served
     * @param queries   the named queries offered
     * @param publicUrl the server's public address, used in self-descriptions
     * @param settings  the base under which IRIs are dereferenced ({@code /id/...}), the licence, the releases,
     *                  the endpoint's limits
     */
    public static Javalin create(GraphStore store, NamedQueries queries, String publicUrl, Settings settings) {
        return create(store, queries, Publishing.from(settings, publicUrl), Releases.in(settings.releases()),
                settings);
    }

    /** Our stylesheets and scripts, and the front-end libraries from npm copied into the jar at build time (src/main/frontend). */
    private static void staticFiles(JavalinConfig cfg) {
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/public/assets";
            files.location = Location.CLASSPATH;
        });
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/vendor";
            files.directory = "/public/vendor";
            files.location = Location.CLASSPATH;
        });
    }

    /**
     * Loads the web server's classes (Javalin, Jetty and its static-file handlers: most of a
     * start's time is class loading) on another thread, by configuring a Javalin that is never
     * started, so that they load while the caller opens the store on the other core.
     *
     * <pre>{@code
     * WebApp.preload();
     * App app = App.open(settings);   // Jena and TDB2 load meanwhile
     * }</pre>
     */
    public static void preload() {
        Thread t = new Thread(() -> Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            staticFiles(cfg);
        }), "communs-kg-preload");
        t.setDaemon(true);
        t.start();
    }

    /**
     * @param publishing who publishes the graph, where, under which base and licence
     * @param releases   the folder of releases served under {@code /releases/}
     * @param settings   the endpoint's limits (the store holds the timeout), the workbench's, search's and
     *                   pictures' bounds
     */
    public static Javalin create(GraphStore store, NamedQueries queries, Publishing publishing, Releases releases,
                                 Settings settings) {
        EndpointLimits limits = settings.endpoint();
        Settings.Search search = settings.search();
        WorkbenchController bench = new WorkbenchController(store, queries, publishing.baseUri(), settings.workbench());
        Publisher publisher = new Publisher(store, publishing.baseUri(), publishing.licence(), search.pageSize());
        CurrentDumps dumps = CurrentDumps.inTemporaryFolder(store);
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.defaultContentType = "text/plain; charset=utf-8";
            // Read-only routes: a write method on a served path is 405 with Allow, not 404.
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = limits.maxRequestBytes();
            // Room in the request line for a GET query up to the length limit, URL-encoded.
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
                // Behind a reverse proxy, X-Forwarded-Proto/Host give the address clients used (README, Security).
                http.addCustomizer(new ForwardedRequestCustomizer());
            });
            SecurityHeaders.register(cfg);
            staticFiles(cfg);
            ErrorMapping.register(cfg);
            new HomeController(store, queries).register(cfg);
            new SparqlController(QueryGate.over(store, limits), limits.htmlRowCap(), settings.workbench().maxRows())
                    .register(cfg);
            bench.register(cfg);
            new PermalinkController(new Permalinks(store::system), bench).register(cfg);
            new QueriesController(queries).register(cfg);
            new EntityController(publisher).register(cfg);
            new SearchController(SearchService.over(store), new Hrefs(publisher), search.limit()).register(cfg);
            new NetworkController(NetworkService.over(store), new Hrefs(publisher), search.networkLimit()).register(cfg);
            new OntologyController(Ontology.bundled(), Licence.of(publishing.licence())).register(cfg);
            new DumpsController(dumps, releases, publishing).register(cfg);
            new CatalogController(publishing, dumps, releases).register(cfg);
            new VoidController(store, publishing).register(cfg);
        });
    }
}
