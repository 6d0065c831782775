package org.communskg.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.communskg.Settings;
import org.communskg.publish.Licence;
import org.communskg.publish.Ontology;
import org.communskg.publish.Publisher;
import org.communskg.store.GraphStore;
import org.communskg.store.NamedQueries;

/**
 * The web front end. {@link #create} returns an unstarted Javalin, so tests start it on port 0.
 *
 * <pre>{@code
 * Javalin app = WebApp.create(store, NamedQueries.bundled(), "http://localhost:7070", Settings.defaults());
 * app.start(7070);
 * }</pre>
 */
public final class WebApp {
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
        return create(store, queries, publicUrl, Settings.defaults());
    }

    /**
     * @param store     the graph served
     * @param queries   the named queries offered
     * @param publicUrl the server's public address, used in self-descriptions
     * @param settings  the base under which IRIs are dereferenced ({@code /id/...}) and the data's licence
     */
    public static Javalin create(GraphStore store, NamedQueries queries, String publicUrl, Settings settings) {
        Publisher publisher = new Publisher(store, settings.baseUri(), settings.licence());
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.defaultContentType = "text/plain; charset=utf-8";
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/public/assets";
                files.location = Location.CLASSPATH;
            });
            ErrorMapping.register(cfg);
            new HomeController(store, queries).register(cfg);
            new SparqlController(store).register(cfg);
            new QueriesController(queries).register(cfg);
            new EntityController(publisher).register(cfg);
            new OntologyController(Ontology.bundled(), Licence.of(settings.licence())).register(cfg);
        });
    }
}
