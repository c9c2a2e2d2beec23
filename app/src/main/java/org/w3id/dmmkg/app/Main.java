package org.w3id.dmmkg.app;

import org.w3id.dmmkg.app.cmd.BenchCommand;
import org.w3id.dmmkg.app.cmd.EvaluateCommand;
import org.w3id.dmmkg.app.cmd.ExportCommand;
import org.w3id.dmmkg.app.cmd.LoadCommand;
import org.w3id.dmmkg.app.cmd.QueriesCommand;
import org.w3id.dmmkg.app.cmd.ReportCommand;
import org.w3id.dmmkg.app.cmd.QueryCommand;
import org.w3id.dmmkg.app.cmd.ServeCommand;
import org.w3id.dmmkg.app.cmd.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dmm-kg} command. */
@Command(name = "dmm-kg", mixinStandardHelpOptions = true, version = "dmm-kg 0.1.0",
        description = "Letters of the Dutch Minister of Defence about NATO meetings, as a knowledge graph.",
        subcommands = {LoadCommand.class, ServeCommand.class, QueryCommand.class, QueriesCommand.class, ValidateCommand.class,
            ExportCommand.class, ReportCommand.class, EvaluateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:some input failed, or the command failed", "2:usage error",
            "3:validate: the store does not conform to the shapes"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** The command line, ready to execute; tests use it in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
