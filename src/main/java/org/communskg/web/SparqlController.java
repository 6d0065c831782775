package org.communskg.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.communskg.store.BoundedSelect;
import org.communskg.store.Formats;
import org.communskg.store.QueryGate;
import org.communskg.store.ResultWriter;
import org.communskg.store.UpdateRefusedException;

/**
 * The SPARQL 1.1 Protocol, read-only: GET {@code ?query=}, POST form-encoded, POST
 * {@code application/sparql-query}. Results are negotiated on {@code Accept}, or chosen with
 * {@code ?format=}. Updates are refused. A GET without a query gets the service description.
 * Every query goes through a {@link QueryGate} (length, SERVICE policy, concurrency, timeout);
 * the HTML view shows at most {@code htmlRowCap} rows, downloads stream every row.
 */
final class SparqlController {
    static final String PATH = "/sparql";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String QUERY_BODY = "application/sparql-query";
    private static final String UPDATE_BODY = "application/sparql-update";
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*([^;]*)");

    /** Says what cut a bounded answer: {@code limit=N}, {@code cap=N} or {@code timeout}. */
    static final String CUT_HEADER = "Result-Cut";
    /** Asks for an answer of at most N rows, with {@value #CUT_HEADER} when it was cut (the workbench). */
    static final String MAX_ROWS = "max-rows";

    private final QueryGate gate;
    private final int htmlRowCap;
    private final long maxRows;

    SparqlController(QueryGate gate, int htmlRowCap, long maxRows) {
        this.gate = gate;
        this.htmlRowCap = htmlRowCap;
        this.maxRows = maxRows;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get(PATH, this::get);
        cfg.routes.post(PATH, this::post);
        cfg.routes.options(PATH, Cors::preflight);
    }

    private void get(Context ctx) {
        Cors.allow(ctx);
        if (ctx.queryParam("update") != null) {
            throw new UpdateRefusedException();
        }
        String query = ctx.queryParam("query");
        if (query == null) {
            serviceDescription(ctx);
            return;
        }
        execute(ctx, query);
    }

    private void post(Context ctx) {
        Cors.allow(ctx);
        String type = mediaType(ctx.header("Content-Type"));
        checkCharset(ctx.header("Content-Type"));
        switch (type) {
            case QUERY_BODY -> execute(ctx, ctx.body());
            case FORM -> {
                if (ctx.formParam("update") != null) {
                    throw new UpdateRefusedException();
                }
                execute(ctx, ctx.formParam("query"));
            }
            case UPDATE_BODY -> throw new UpdateRefusedException();
            default -> throw new UnsupportedMediaTypeException(type, QUERY_BODY + " or " + FORM);
        }
    }

    private void execute(Context ctx, String text) {
        Query query = gate.admit(text);
        if ("html".equals(formatParam(ctx)) && (query.isSelectType() || query.isAskType())) {
            String page = gate.query(query, qe -> query.isSelectType()
                    ? HtmlResults.select(qe, text, htmlRowCap) : HtmlResults.ask(qe, text));
            ctx.contentType("text/html; charset=utf-8").result(page);
            return;
        }
        Lang lang = chooseLang(ctx, query);
        ctx.header("Vary", "Accept");
        ctx.contentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        chunked(ctx);
        String bound = param(ctx, MAX_ROWS, null);
        if (bound != null && query.isSelectType()) {
            writeBounded(ctx, query, lang, rowsAsked(bound));
            return;
        }
        gate.query(query, qe -> {
            ResultWriter.write(query, qe, lang, ctx.outputStream());
            return null;
        });
    }

    /**
     * A streamed answer is sent in chunks even when the client asked to close the connection
     * afterwards (Python's urllib does): otherwise Jetty ends the body by closing the connection,
     * and an answer cut by the timeout would look complete. HTTP/1.0 knows no chunks.
     */
    private static void chunked(Context ctx) {
        if ("HTTP/1.1".equals(ctx.req().getProtocol())) {
            ctx.header("Transfer-Encoding", "chunked");
        }
    }

    private static Lang chooseLang(Context ctx, Query query) {
        List<Lang> offers = ResultWriter.returnsGraph(query) ? Formats.GRAPHS : Formats.RESULT_SETS;
        String format = formatParam(ctx);
        if (format != null) {
            Lang named = ResultWriter.returnsGraph(query) ? Formats.rdfLang(format) : Formats.resultSetLang(format);
            if (named == null || !offers.contains(named)) {
                throw new NotAcceptableException("format=" + format, offers.toString());
            }
            return named;
        }
        return Negotiation.choose(ctx.header("Accept"), offers);
    }

    /** {@code ?format=} (or Fuseki's {@code ?output=}), in the URL or in a posted form. */
    private static String formatParam(Context ctx) {
        return param(ctx, "format", "output");
    }

    /** A parameter (or its alias), in the URL or in a posted form. */
    private static String param(Context ctx, String name, String alias) {
        String value = firstNonNull(ctx.queryParam(name), alias == null ? null : ctx.queryParam(alias));
        if (value == null && FORM.equals(mediaType(ctx.header("Content-Type")))) {
            value = firstNonNull(ctx.formParam(name), alias == null ? null : ctx.formParam(alias));
        }
        return value;
    }

    /** The rows asked for, held to the server's own bound. */
    private long rowsAsked(String value) {
        try {
            long asked = Long.parseLong(value.strip());
            if (asked < 1) {
                throw new NumberFormatException();
            }
            return Math.min(asked, maxRows);
        } catch (NumberFormatException e) {
            throw new BadRequestException(MAX_ROWS + " must be a positive whole number, not '" + value + "'");
        }
    }

    /** A SELECT answer of at most {@code rows} rows; the header says when and why it was cut. */
    private void writeBounded(Context ctx, Query query, Lang lang, long rows) {
        BoundedSelect.Answer answer = BoundedSelect.run(gate, query, rows);
        ctx.header("Access-Control-Expose-Headers", CUT_HEADER);
        if (answer.cut() != BoundedSelect.Cut.NONE) {
            ctx.header(CUT_HEADER, answer.describeCut());
        }
        ResultWriter.write(answer.resultSet(), lang, ctx.outputStream());
    }

    private void serviceDescription(Context ctx) {
        Lang lang = Negotiation.choose(ctx.header("Accept"), Formats.GRAPHS);
        // The endpoint is described at the address the client used, proxies included.
        Graph sd = ServiceDescription.of(ctx.scheme() + "://" + ctx.host() + PATH);
        ctx.header("Vary", "Accept");
        ctx.contentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        RDFWriter.source(sd).lang(lang).output(ctx.outputStream());
    }

    /** The media type of a Content-Type header, lower case, without its parameters. */
    static String mediaType(String header) {
        return header == null ? "" : header.replaceFirst(";.*", "").strip().toLowerCase(Locale.ROOT);
    }

    /** A body in a charset Java does not know cannot be read: say so before reading it. */
    private static void checkCharset(String header) {
        Matcher m = CHARSET.matcher(header == null ? "" : header);
        if (m.find()) {
            String name = m.group(1).replace("\"", "").strip();
            boolean known;
            try {
                known = Charset.isSupported(name);
            } catch (IllegalArgumentException illegalName) {
                known = false;
            }
            if (!known) {
                throw new UnsupportedMediaTypeException(header, "a known charset, such as UTF-8");
            }
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
