package org.communskg.cli;

import java.util.List;
import org.communskg.App;
import org.communskg.importer.ImportListener;
import org.communskg.importer.ImportResult;
import org.communskg.importer.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import SOURCE...}: files, folders (recursively) and http(s) URLs into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import articles (Markdown/text with front matter, HTML, URLs) into the store.")
final class ImportCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "A file, a folder (read recursively) or an http(s) URL.")
    List<String> sources;

    @Override
    protected int run() {
        try (App app = App.open(common.settings())) {
            ImportSummary summary = run(app, sources);
            return summary.failures().isEmpty() ? 0 : 1;
        }
    }

    /** Imports with one line per article and a progress line on the terminal; shared with {@code serve --import}. */
    static ImportSummary run(App app, List<String> sources) {
        ConsoleListener console = new ConsoleListener();
        ImportSummary summary = app.importer().importAll(sources, console);
        console.progress.finish();
        System.out.println(summary.line());
        return summary;
    }

    /** One line per article on the console, and a progress line on a terminal once the total is known. */
    private static final class ConsoleListener implements ImportListener {
        private Progress progress = Progress.onTerminal("articles", 0);
        private int done;

        @Override
        public void started(int total) {
            progress = Progress.onTerminal("articles", total);
        }

        @Override
        public void imported(ImportResult result) {
            progress.finish();
            System.out.println(result.line());
            progress.update(++done);
        }

        @Override
        public void warned(String source, String message) {
            progress.finish();
            System.err.println("warning " + message);
        }

        @Override
        public void failed(String source, String message) {
            progress.finish();
            System.err.println("skipped " + message);
            progress.update(++done);
        }
    }
}
