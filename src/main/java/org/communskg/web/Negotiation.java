package org.communskg.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.LangBuilder;
import org.communskg.store.Formats;

/**
 * Content negotiation over Jena's {@link Lang}s: every content type a Lang declares (its main one
 * and its alternatives) is on offer, and Jena's {@link AcceptList} picks the best match.
 *
 * <pre>{@code
 * Lang lang = Negotiation.choose(ctx.header("Accept"), Formats.RESULT_SETS);
 * }</pre>
 */
public final class Negotiation {
    /** An HTML page, as a Jena {@link Lang} so that pages and RDF are negotiated together; not registered with RIOT. */
    public static final Lang HTML = LangBuilder.create("HTML", "text/html").addAltContentTypes("application/xhtml+xml")
            .addFileExtensions("html").build();
    /** Plain JSON, for the app's own JSON answers (search, network); not registered with RIOT. */
    public static final Lang JSON = LangBuilder.create("JSON", "application/json").addFileExtensions("json").build();
    /** What a data answer of the app is offered as: JSON (when the client does not say) or an HTML page. */
    public static final List<Lang> JSON_OR_PAGE = List.of(JSON, HTML);
    /** What a linked-data resource is offered as: RDF (Turtle when the client does not say) or an HTML page. */
    public static final List<Lang> PAGE_OR_GRAPH = Stream.concat(Formats.GRAPHS.stream(), Stream.of(HTML)).toList();

    private Negotiation() {
    }

    /**
     * @param accept the request's Accept header, or null
     * @param offers the formats on offer, the default first
     * @throws NotAcceptableException when nothing on offer is acceptable
     */
    public static Lang choose(String accept, List<Lang> offers) {
        return chooseFrom(accept, offers);
    }

    /**
     * JSON or HTML for the app's own data pages: {@code ?format=json|html} wins over {@code Accept}.
     *
     * @param format the {@code format} parameter, or null
     */
    public static Lang jsonOrPage(String format, String accept) {
        if (format != null) {
            return JSON_OR_PAGE.stream().filter(l -> l.getFileExtensions().contains(format)).findFirst()
                    .orElseThrow(() -> new BadRequestException("format must be json or html, not '" + format + "'"));
        }
        return chooseFrom(accept, JSON_OR_PAGE);
    }

    private static Lang chooseFrom(String accept, List<Lang> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        Map<String, Lang> byType = new LinkedHashMap<>();
        for (Lang lang : offers) {
            byType.putIfAbsent(lang.getContentType().getContentTypeStr(), lang);
        }
        for (Lang lang : offers) {
            lang.getAltContentTypes().forEach(ct -> byType.putIfAbsent(ct, lang));
            Formats.extraContentTypes(lang).forEach(ct -> byType.putIfAbsent(ct, lang));
        }
        MediaType match = AcceptList.match(new AcceptList(accept),
                AcceptList.create(byType.keySet().toArray(String[]::new)));
        if (match == null) {
            throw new NotAcceptableException(accept, offers.stream()
                    .map(l -> l.getContentType().getContentTypeStr()).collect(Collectors.joining(", ")));
        }
        return byType.get(match.getContentTypeStr());
    }
}
