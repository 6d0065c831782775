package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * Headers on every answer (pages, RDF, errors, static files): a Content-Security-Policy that runs
 * only scripts and styles served by this server (no inline script, no {@code eval}) and forbids
 * framing, {@code nosniff}, and a referrer policy that keeps query strings (a user's SPARQL) on
 * this site.
 */
final class SecurityHeaders {
    /**
     * The one place to loosen the policy for a front-end library that needs it. The YASGUI 4.6.2
     * bundle was read for what it needs: no {@code new Function}, no inline {@code <style>}, its
     * {@code eval} only in a JSON fallback that modern browsers never take; styles it sets through
     * the CSSOM are not subject to {@code style-src}. Add {@code 'unsafe-eval'} to
     * {@code script-src} or {@code 'unsafe-inline'} to {@code style-src} here if one ever does.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    static final String REFERRER_POLICY = "same-origin";

    private SecurityHeaders() {
    }

    static void register(JavalinConfig cfg) {
        cfg.routes.before(SecurityHeaders::apply);
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", REFERRER_POLICY);
        // For browsers that predate frame-ancestors.
        ctx.header("X-Frame-Options", "DENY");
    }
}
