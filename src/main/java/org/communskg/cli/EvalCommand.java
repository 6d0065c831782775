package org.communskg.cli;

import java.nio.file.Path;
import java.util.List;
import org.communskg.importer.EvalReport;
import org.communskg.importer.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval --gold DIR SOURCE... [--json]}: scores the importer against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the importer against gold files (../shared/eval/GOLD-FORMAT.md). The store is not touched.")
final class EvalCommand extends BaseCommand {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "A folder of *.gold.json files.")
    Path gold;

    @Option(names = "--json", description = "Print a machine-readable report.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Articles: files, folders or URLs.")
    List<String> sources;

    @Override
    protected int run() {
        var settings = common.settings();
        EvalReport report = Evaluation.of(org.communskg.App.extractor(settings), org.communskg.App.corrections(settings), gold)
                .run(sources);
        System.out.print(json ? report.json().toString() + "\n" : report.text());
        return 0;
    }
}
