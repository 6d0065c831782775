package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.communskg.publish.UnknownResourceException;
import org.communskg.publish.ReleaseExistsException;
import org.communskg.publish.ValidationFailedException;
import org.communskg.store.BadQueryException;
import org.communskg.store.QueryTimeoutException;
import org.communskg.store.StoreException;
import org.communskg.store.UpdateRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become HTTP statuses: a status and a one-line plain-text message. */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(JavalinConfig cfg) {
        cfg.routes.exception(BadQueryException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        cfg.routes.exception(UpdateRefusedException.class, (e, ctx) -> answer(ctx, 403, e.getMessage()));
        cfg.routes.exception(BadRequestException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        cfg.routes.exception(NotFoundException.class, (e, ctx) -> answer(ctx, 404, e.getMessage()));
        cfg.routes.exception(UnknownResourceException.class, (e, ctx) -> answer(ctx, 404, e.getMessage()));
        cfg.routes.exception(NotAcceptableException.class, (e, ctx) -> answer(ctx, 406, e.getMessage()));
        cfg.routes.exception(UnsupportedMediaTypeException.class, (e, ctx) -> answer(ctx, 415, e.getMessage()));
        cfg.routes.exception(ReleaseExistsException.class, (e, ctx) -> answer(ctx, 409, e.getMessage()));
        cfg.routes.exception(ValidationFailedException.class, (e, ctx) -> answer(ctx, 409, e.getMessage()));
        cfg.routes.exception(QueryTimeoutException.class, (e, ctx) -> answer(ctx, 503, e.getMessage()));
        cfg.routes.exception(StoreException.class, (e, ctx) -> {
            LOG.error("Store failure on {}", ctx.path(), e);
            answer(ctx, 500, e.getMessage());
        });
    }

    private static void answer(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(message + "\n");
    }
}
