package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communskg.publish.CurrentDumps;
import org.communskg.publish.Publishing;
import org.communskg.publish.Release;
import org.communskg.publish.Releases;

/**
 * Downloads: {@code /dumps} (the page), {@code /dumps/<file>} (the current graph),
 * {@code /releases/<version>/<file>} (frozen releases) and {@code /releases/latest/<file>}
 * (a 302 to the newest release, so its URL never changes).
 */
final class DumpsController {
    static final String PATH = "/dumps";
    static final String RELEASES = "/releases";
    static final String LATEST = "latest";
    private final CurrentDumps dumps;
    private final Releases releases;
    private final Publishing publishing;

    DumpsController(CurrentDumps dumps, Releases releases, Publishing publishing) {
        this.dumps = dumps;
        this.releases = releases;
        this.publishing = publishing;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get(PATH, this::page);
        cfg.routes.get(PATH + "/{file}", this::current);
        cfg.routes.get(RELEASES + "/{version}/{file}", this::released);
    }

    private void page(Context ctx) {
        ctx.contentType("text/html; charset=utf-8")
                .result(Html.page("Téléchargements", DumpsPage.body(dumps.files(), releases.list(), publishing)));
    }

    private void current(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        send(ctx, dumps.file(name).orElseThrow(() -> new NotFoundException(PATH + "/" + name)));
    }

    private void released(Context ctx) throws IOException {
        String version = ctx.pathParam("version");
        String name = ctx.pathParam("file");
        if (LATEST.equals(version)) {
            Release latest = releases.latest().orElseThrow(() -> new NotFoundException("no release yet"));
            ctx.redirect(RELEASES + "/" + latest.version() + "/" + name, HttpStatus.FOUND);
            return;
        }
        Release release = releases.find(version).filter(r -> r.serves(name))
                .orElseThrow(() -> new NotFoundException(RELEASES + "/" + version + "/" + name));
        send(ctx, release.folder().resolve(name));
    }

    private static void send(Context ctx, Path file) throws IOException {
        String name = file.getFileName().toString();
        Cors.allow(ctx);
        ctx.header("Content-Length", Long.toString(Files.size(file)));
        if (name.endsWith(".gz")) {
            // Binary: no charset (the servlet container adds the default one unless cleared).
            ctx.res().setCharacterEncoding(null);
            ctx.res().setContentType("application/gzip");
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        } else {
            ctx.contentType(name.endsWith(".ttl") ? "text/turtle; charset=utf-8" : "text/plain; charset=utf-8");
        }
        ctx.result(Files.newInputStream(file));
    }
}
