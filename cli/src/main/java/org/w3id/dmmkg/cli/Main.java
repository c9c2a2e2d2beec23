package org.w3id.dmmkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code dmm-kg} command. */
@Command(name = "dmm-kg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Letters of the Dutch Minister of Defence about NATO and EU defence meetings, as a knowledge graph.",
        subcommands = {LoadCommand.class, HarvestCommand.class, ReconcileCommand.class, ServeCommand.class, QueryCommand.class, QueriesCommand.class, ValidateCommand.class,
            ExportCommand.class, ReportCommand.class, EvaluateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:some input failed, or the command failed", "2:usage error (also: no store "
            + "where a command that only reads was pointed)", "3:validate: the store does not conform to the shapes",
            "4:the store is used by another process, or the port is taken"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = ErrorHandler.DEBUG, scope = ScopeType.INHERIT,
            description = "On failure, show the stack trace as well as the one-line message.")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** The command line, ready to execute; tests use it in-process. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    /** The settings every dmm-kg command line shares: the one error path. */
    public static CommandLine configure(CommandLine cli) {
        return cli.setExecutionExceptionHandler(new ErrorHandler());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The version the jar was built as. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dmm-kg " + Home.version()};
        }
    }
}
