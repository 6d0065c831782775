package org.communskg.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** JSON answers, written with Jena's own JSON writer (no extra library). */
final class Json {
    private Json() {
    }

    static void send(Context ctx, JsonObject body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, body);
        Cors.allow(ctx);
        ctx.header("Vary", "Accept");
        ctx.contentType("application/json; charset=utf-8").result(out.toString(StandardCharsets.UTF_8));
    }
}
