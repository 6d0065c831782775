package org.communskg.cli;

import java.util.List;
import org.communskg.App;
import org.communskg.publish.QualityGate;
import org.communskg.publish.Violation;
import picocli.CommandLine.Command;

/** {@code validate}: checks the graph against the bundled SHACL shapes; exit 1 when anything breaks them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the graph against ontology/shapes.ttl: one line per violation (focus node, path, message); "
                + "exit 1 when there is any.")
final class ValidateCommand extends BaseCommand {
    @Override
    protected int run() {
        try (App app = App.open(common.settings())) {
            List<Violation> violations = QualityGate.bundled().check(app.store());
            violations.forEach(System.out::println);
            if (violations.isEmpty()) {
                System.out.println("No violation.");
                return 0;
            }
            System.err.println("communs-kg: " + violations.size() + " SHACL violation(s).");
            return 1;
        }
    }
}
