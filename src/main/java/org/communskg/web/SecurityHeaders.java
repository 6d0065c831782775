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
     * bundle has no {@code new Function} and its {@code eval} sits in a JSON fallback modern browsers
     * never take, so scripts stay {@code 'self'} only. Its editor does write style attributes in
     * markup, which Chromium blocks under {@code style-src 'self'} (WorkbenchIT saw it): styles get
     * {@code 'unsafe-inline'}, which lets no script run.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
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
