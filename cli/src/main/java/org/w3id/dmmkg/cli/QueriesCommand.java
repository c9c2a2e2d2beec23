package org.w3id.dmmkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.w3id.dmmkg.cli.ExitCodes;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.Parameter;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dmm-kg queries}: the saved queries. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "List the saved queries of queries/: name, summary, parameters.")
public final class QueriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (CannedQuery q : QueryCatalogue.read(Home.queries()).queries()) {
            String params = q.parameters().stream().map(QueriesCommand::describe).collect(Collectors.joining(" "));
            out.printf("%-34s %s%s%n", q.name(), q.summary(), params.isEmpty() ? "" : "  [" + params + "]");
        }
        return ExitCodes.OK;
    }

    private static String describe(Parameter p) {
        return p.name() + "=" + p.type().name().toLowerCase(java.util.Locale.ROOT) + (p.required() ? "" : "?");
    }
}
