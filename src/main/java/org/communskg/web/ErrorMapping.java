package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.communskg.publish.ReleaseExistsException;
import org.communskg.publish.UnknownResourceException;
import org.communskg.publish.ValidationFailedException;
import org.communskg.store.BadQueryException;
import org.communskg.store.QueryTimeoutException;
import org.communskg.store.QueryTooLongException;
import org.communskg.store.ServiceRefusedException;
import org.communskg.store.StoreException;
import org.communskg.store.TooManyQueriesException;
import org.communskg.store.UpdateRefusedException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP statuses: a status and a one-line plain-text
 * message, never a stack trace. A user's mistake is a 4xx; a 500 means a bug of ours.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(JavalinConfig cfg) {
        cfg.routes.exception(BadQueryException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        cfg.routes.exception(UpdateRefusedException.class, (e, ctx) -> answer(ctx, 403, e.getMessage()));
        cfg.routes.exception(ServiceRefusedException.class, (e, ctx) -> answer(ctx, 403, e.getMessage()));
        cfg.routes.exception(BadRequestException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        cfg.routes.exception(NotFoundException.class, (e, ctx) -> answer(ctx, 404, e.getMessage()));
        cfg.routes.exception(UnknownResourceException.class, (e, ctx) -> answer(ctx, 404, e.getMessage()));
        cfg.routes.exception(NotAcceptableException.class, (e, ctx) -> answer(ctx, 406, e.getMessage()));
        cfg.routes.exception(QueryTooLongException.class, (e, ctx) -> answer(ctx, 413, e.getMessage()));
        cfg.routes.exception(UnsupportedMediaTypeException.class, (e, ctx) -> answer(ctx, 415, e.getMessage()));
        cfg.routes.exception(ReleaseExistsException.class, (e, ctx) -> answer(ctx, 409, e.getMessage()));
        cfg.routes.exception(ValidationFailedException.class, (e, ctx) -> answer(ctx, 409, e.getMessage()));
        cfg.routes.exception(TooManyQueriesException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            answer(ctx, 503, e.getMessage());
        });
        cfg.routes.exception(QueryTimeoutException.class, ErrorMapping::timeout);
        cfg.routes.exception(StoreException.class, (e, ctx) -> {
            LOG.error("Store failure on {}", ctx.path(), e);
            answer(ctx, 500, e.getMessage());
        });
        cfg.routes.exception(Exception.class, ErrorMapping::unexpected);
    }

    private static void timeout(QueryTimeoutException e, Context ctx) {
        if (ctx.res().isCommitted()) {
            LOG.info("Query on {} stopped while streaming: {}", ctx.path(), e.getMessage());
        }
        answer(ctx, 503, e.getMessage());
    }

    private static void unexpected(Exception e, Context ctx) {
        if (e instanceof HttpResponseException http) {
            // Javalin's own answers (413 body too large, 405...): keep their status, and a 405 says what is allowed.
            String allowed = http.getDetails().get("availableMethods");
            if (allowed != null) {
                ctx.header("Allow", allowed.replaceAll("[\\[\\]]", ""));
            }
            answer(ctx, http.getStatus(), http.getMessage());
            return;
        }
        LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        answer(ctx, 500, "Internal error (" + e.getClass().getSimpleName() + "); it has been logged.");
    }

    /**
     * Before the first bytes left, the status and one line. After, the status is gone: the
     * connection is cut before the end of the chunked body, so that the client sees an incomplete
     * answer (an error in any HTTP/1.1 client) rather than a short one that looks whole.
     */
    private static void answer(Context ctx, int status, String message) {
        if (ctx.res().isCommitted()) {
            ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel()
                    .abort(new java.io.IOException("answer cut: " + message));
            return;
        }
        // Drop whatever part of an answer was buffered before the failure.
        ctx.res().resetBuffer();
        ctx.status(status).contentType("text/plain; charset=utf-8").result(message + "\n");
    }
}
