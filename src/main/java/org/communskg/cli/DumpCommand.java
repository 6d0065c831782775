package org.communskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.communskg.App;
import org.communskg.publish.SortedDump;
import org.communskg.store.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dump --format nq|trig|ttl|nt|jsonld [--gzip] [--out FILE]}: the whole graph, sorted and reproducible. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Write the whole graph, sorted so the same graph gives the same bytes; "
                + "N-Quads, TriG and JSON-LD keep the per-article graphs.")
final class DumpCommand extends BaseCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "nq, trig, ttl, nt or jsonld.")
    String format;

    @Option(names = "--gzip", description = "Compress with gzip (deterministic: no time stamp, no file name).")
    boolean gzip;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Override
    protected int run() throws IOException {
        Lang lang = Formats.rdfLang(format);
        if (lang == null || !Formats.DATASETS.contains(lang)) {
            throw new ParameterException(spec.commandLine(), "--format must be one of nq, trig, ttl, nt, jsonld; got " + format);
        }
        try (App app = App.open(common.settings())) {
            if (out == null) {
                write(app, lang, System.out);
                return 0;
            }
            // Written beside the target and moved into place: a failed dump leaves no half file.
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".dump-", ".tmp");
            try {
                try (OutputStream file = Files.newOutputStream(tmp)) {
                    write(app, lang, file);
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return 0;
    }

    private void write(App app, Lang lang, OutputStream target) throws IOException {
        OutputStream sink = gzip ? new GZIPOutputStream(target, 1 << 16) : new BufferedOutputStream(target, 1 << 16);
        DumpProgress progress = DumpProgress.of(app.store(), 1);
        SortedDump.of(lang).write(app.store(), sink, progress);
        progress.finish();
        if (sink instanceof GZIPOutputStream z) {
            z.finish();
        }
        sink.flush();
    }
}
