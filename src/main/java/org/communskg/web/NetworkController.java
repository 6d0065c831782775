package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.jena.riot.Lang;
import org.communskg.network.Filter;
import org.communskg.network.Network;
import org.communskg.network.NetworkService;

/**
 * Pictures: {@code GET /network} (the network page, or its JSON), filtered by {@code organization}
 * or {@code event} (an IRI: what lies within two links of it) and by period ({@code from},
 * {@code to}: {@code 2024} or {@code 2024-05-14}); {@code GET /network/neighbourhood?iri=…} (one
 * entity and its direct neighbours, the most often linked first, JSON); {@code GET /network/charts} (the charts' figures, JSON).
 */
final class NetworkController {
    static final String PATH = "/network";
    static final int NEIGHBOURHOOD_LIMIT = 60;
    static final int TOP_ORGANIZATIONS = 10;
    private final NetworkService networks;
    private final NetworkJson json;
    private final int limit;

    NetworkController(NetworkService networks, Hrefs hrefs, int limit) {
        this.networks = networks;
        this.json = new NetworkJson(hrefs);
        this.limit = limit;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get(PATH, this::network);
        cfg.routes.get(PATH + "/neighbourhood", this::neighbourhood);
        cfg.routes.get(PATH + "/charts", ctx -> Json.send(ctx, json.charts(networks.charts(TOP_ORGANIZATIONS))));
    }

    private void network(Context ctx) {
        Lang lang = Negotiation.jsonOrPage(ctx.queryParam("format"), ctx.header("Accept"));
        Filter filter = filter(ctx);
        if (Negotiation.HTML.equals(lang)) {
            // The page checks the filter (a bad date is a 400 there too); its drawing asks the JSON.
            ctx.header("Vary", "Accept");
            Network everything = networks.network(Filter.ALL, Integer.MAX_VALUE);
            LinkedData.html(ctx, NetworkPage.render(NetworkPage.params(ctx::queryParam), everything,
                    networks.charts(everything, TOP_ORGANIZATIONS), json.hrefs()));
        } else {
            Json.send(ctx, json.network(networks.network(filter, limit)));
        }
    }

    private void neighbourhood(Context ctx) {
        String iri = required(ctx, "iri");
        Json.send(ctx, json.network(networks.neighbourhood(iri, NEIGHBOURHOOD_LIMIT)));
    }

    static Filter filter(Context ctx) {
        String org = ctx.queryParam("organization");
        String event = ctx.queryParam("event");
        if (notBlank(org) && notBlank(event)) {
            throw new BadRequestException("filter by organization or by event, not both");
        }
        String focus = notBlank(org) ? org : notBlank(event) ? event : null;
        Filter f = focus == null ? Filter.ALL : Filter.around(focus, 2);
        return f.during(day(ctx.queryParam("from"), false), day(ctx.queryParam("to"), true));
    }

    /** {@code 2024} (its first or last day) or {@code 2024-05-14}; blank is no bound. */
    static LocalDate day(String value, boolean end) {
        if (!notBlank(value)) {
            return null;
        }
        try {
            if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("a period bound is a year (2024) or a day (2024-05-14), not '" + value + "'");
        }
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (!notBlank(v)) {
            throw new BadRequestException("the parameter '" + name + "' is required");
        }
        return v;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
