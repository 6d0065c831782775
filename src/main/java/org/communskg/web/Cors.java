package org.communskg.web;

import io.javalin.http.Context;

/** CORS for the read-only endpoints: any origin may read, so browser clients and federations work. */
final class Cors {
    private Cors() {
    }

    static void allow(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
    }

    static void preflight(Context ctx) {
        allow(ctx);
        ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Accept, Content-Type");
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }
}
