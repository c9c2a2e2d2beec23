package org.w3id.dmmkg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.w3id.dmmkg.cli.ExitCodes;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.server.queries.CannedQuery;
import org.w3id.dmmkg.server.queries.QueryBinder;
import org.w3id.dmmkg.server.queries.QueryCatalogue;
import org.w3id.dmmkg.server.queries.QueryRunner;
import org.w3id.dmmkg.server.queries.ResultFormat;
import org.w3id.dmmkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dmm-kg query}: a saved query by name, or any SPARQL file, against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a saved query (by name, see 'dmm-kg queries') or a SPARQL file against the store.",
            "The default graph is the union of all graphs: letters, ontology, vocabulary, query catalogue."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the query failed", "2:unknown query, bad parameter or unparsable SPARQL"})
public final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    ResultFormat format;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter value; repeat for several values: --param mission=kfor --param mission=eufor-althea")
    List<String> params = new ArrayList<>();

    @Parameters(paramLabel = "NAME|FILE.rq", description = "A saved query's name, or a SPARQL file.")
    String target;

    @Override
    public Integer call() throws Exception {
        Query query;
        try {
            query = resolve();
        } catch (IllegalArgumentException | QueryParseException e) {
            spec.commandLine().getErr().println(target + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Store store = storeOptions.open()) {
            ByteArrayOutputStream results = new ByteArrayOutputStream();
            new QueryRunner(store.dataset(), 0).run(query, format, results);
            spec.commandLine().getOut().print(results.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } catch (org.apache.jena.query.QueryException e) {
            spec.commandLine().getErr().println(target + ": query failed: " + firstLine(e.getMessage()));
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private Query resolve() throws java.io.IOException {
        Path file = Path.of(target);
        if (target.endsWith(".rq") || target.endsWith(".sparql") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (params.isEmpty()) {
                return QueryFactory.create(text);
            }
            return QueryBinder.bind(QueryCatalogue.parse(file, text), values());
        }
        CannedQuery q = QueryCatalogue.read(Home.queries()).find(target)
                .orElseThrow(() -> new IllegalArgumentException("no saved query of that name; see 'dmm-kg queries'"));
        return QueryBinder.bind(q, values());
    }

    private Map<String, List<String>> values() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--param takes NAME=VALUE, got '" + p + "'");
            }
            out.computeIfAbsent(p.substring(0, eq), k -> new ArrayList<>()).add(p.substring(eq + 1));
        }
        return out;
    }
}
