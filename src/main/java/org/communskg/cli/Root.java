package org.communskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code communs-kg} command: one subcommand per verb.
 *
 * <pre>{@code
 * java -jar target/communs-kg.jar import data/articles
 * java -jar target/communs-kg.jar serve --port 7070
 * }</pre>
 */
@Command(name = "communs-kg", mixinStandardHelpOptions = true, version = "communs-kg 0.1.0",
        description = "A knowledge graph of the digital-commons ecosystem, built from news articles.",
        subcommands = {ImportCommand.class, QueryCommand.class, ServeCommand.class, DumpCommand.class,
                EvalCommand.class, ReleaseCommand.class, ValidateCommand.class, GenerateCommand.class})
public final class Root implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Root()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing a command: import, query, serve, dump, eval, release, validate or generate.");
    }
}
