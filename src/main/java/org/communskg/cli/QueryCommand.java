package org.communskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.communskg.App;
import org.communskg.store.Formats;
import org.communskg.store.ResultWriter;
import org.communskg.store.Sparql;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code query [--format F] (QUERY | --file F.rq)}: SELECT, ASK, CONSTRUCT or DESCRIBE to stdout. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a SPARQL query against the store.")
final class QueryCommand extends BaseCommand {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "The query text.")
        String text;

        @Option(names = "--file", paramLabel = "F.rq", description = "Read the query from a file.")
        Path file;
    }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json, xml, csv or tsv for SELECT/ASK; ttl, nt, jsonld or rdf for CONSTRUCT/DESCRIBE.")
    String format;

    @Override
    protected int run() throws IOException {
        String text = source.file != null ? Files.readString(source.file, StandardCharsets.UTF_8) : source.text;
        Query query = Sparql.parse(text);
        Lang lang = lang(query);
        try (App app = App.open(common.settings())) {
            OutputStream out = new BufferedOutputStream(System.out);
            app.store().query(query, qe -> {
                ResultWriter.write(query, qe, lang, out);
                return null;
            });
            out.flush();
        }
        return 0;
    }

    private Lang lang(Query query) {
        if (format == null) {
            return ResultWriter.defaultLang(query);
        }
        boolean graph = ResultWriter.returnsGraph(query);
        Lang lang = graph ? Formats.rdfLang(format) : Formats.resultSetLang(format);
        if (lang == null || (graph && !Formats.GRAPHS.contains(lang))) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " does not fit a "
                    + query.queryType() + " query; use " + (graph ? "ttl, nt, jsonld or rdf" : "json, xml, csv or tsv"));
        }
        return lang;
    }
}
