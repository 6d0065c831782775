package org.communskg.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.communskg.App;
import org.communskg.Settings;
import org.communskg.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve [--port 7070] [--import SOURCE...]}: the web front end over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the SPARQL endpoint and the web pages; optionally import first.")
final class ServeCommand extends BaseCommand {
    @Option(names = "--port", description = "The HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).",
            defaultValue = "" + Settings.DEFAULT_PORT)
    int port;

    @Option(names = "--import", arity = "1..*", paramLabel = "SOURCE", description = "Import these sources before serving.")
    List<String> sources;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address clients use to reach the server (default: http://localhost:PORT).")
    String publicUrl;

    @Option(names = "--releases", paramLabel = "DIR", description = "The releases folder served under /releases/ "
            + "(default: " + Settings.DEFAULT_RELEASES + ").")
    Path releases;

    @Option(names = "--licence", paramLabel = "IRI", description = "The licence stated in the catalogue, VoID and "
            + "/dumps (default: Licence Ouverte 2.0, " + Settings.DEFAULT_LICENCE + ").")
    String licence;

    @Override
    protected int run() throws InterruptedException {
        WebApp.preload();
        Settings settings = common.settings().withPort(port);
        settings = releases == null ? settings : settings.withReleases(releases);
        App app = App.open(licence == null ? settings : settings.withLicence(licence));
        if (sources != null && !sources.isEmpty()) {
            ImportCommand.run(app, sources);
        }
        Javalin web = app.web(publicUrl != null ? publicUrl : "http://localhost:" + port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.stop();
            app.close();
            stopped.countDown();
        }, "communs-kg-shutdown"));
        web.start(app.settings().endpoint().host(), port);
        System.out.println("communs-kg serving " + app.store().describe() + " at http://localhost:" + web.port() + "/");
        stopped.await();
        return 0;
    }
}
