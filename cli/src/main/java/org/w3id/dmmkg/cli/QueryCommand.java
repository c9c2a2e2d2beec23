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
import org.w3id.dmmkg.server.queries.NoSuchPageException;
import org.w3id.dmmkg.server.queries.PageRequest;
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
        exitCodeList = {"0:success", "1:the query failed, or --page is past the last page",
            "2:unknown query, bad parameter or unparsable SPARQL"})
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

    @Option(names = "--page", paramLabel = "K",
            description = "Only page K (from 1) of the results, as the server's API gives it; without it, every row.")
    Long page;

    @Option(names = "--page-size", paramLabel = "N",
            description = "Rows per page with --page. Default: the query header's '#+ pagination:'.")
    Integer pageSize;

    @Parameters(paramLabel = "NAME|FILE.rq", description = "A saved query's name, or a SPARQL file.")
    String target;

    /** What runs: the query with its values bound, and its rows per page (0 when its header declares none). */
    private record Resolved(Query query, int pagination) {
    }

    @Override
    public Integer call() throws Exception {
        Resolved resolved;
        PageRequest request;
        try {
            resolved = resolve();
            request = pageRequest(resolved);
        } catch (IllegalArgumentException | QueryParseException e) {
            spec.commandLine().getErr().println(target + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Store store = storeOptions.open()) {
            ByteArrayOutputStream results = new ByteArrayOutputStream();
            QueryRunner runner = new QueryRunner(store.dataset(), 0);
            if (request.all()) {
                runner.run(resolved.query(), format, results);
            } else {
                QueryRunner.Rows rows = runner.page(target, resolved.query(), request, pageSize(resolved));
                format.write(rows.asResultSet(), results);
                if (rows.truncated()) {
                    spec.commandLine().getErr().println(target + ": page " + request.number() + "; more on --page "
                            + (request.number() + 1));
                }
            }
            spec.commandLine().getOut().print(results.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } catch (NoSuchPageException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.FAILED;
        } catch (org.apache.jena.query.QueryException e) {
            spec.commandLine().getErr().println(target + ": query failed: " + firstLine(e.getMessage()));
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /** Every row, unless --page asks for one page; a page needs a size and a SELECT query. */
    private PageRequest pageRequest(Resolved resolved) {
        if (page == null) {
            if (pageSize != null) {
                throw new IllegalArgumentException("--page-size goes with --page K");
            }
            return PageRequest.ALL;
        }
        PageRequest request = PageRequest.parse(page.toString());
        if (pageSize == null && resolved.pagination() == 0) {
            throw new IllegalArgumentException("its header declares no '#+ pagination:'; give --page-size N with --page");
        }
        if (pageSize != null && (pageSize < 1 || pageSize > QueryCatalogue.MAX_PAGINATION)) {
            throw new IllegalArgumentException("--page-size is from 1 to " + QueryCatalogue.MAX_PAGINATION);
        }
        if (!resolved.query().isSelectType()) {
            throw new IllegalArgumentException("only a SELECT query has pages");
        }
        return request;
    }

    /** The rows per page: --page-size, else the header's. */
    private int pageSize(Resolved resolved) {
        return pageSize != null ? pageSize : resolved.pagination();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private Resolved resolve() throws java.io.IOException {
        Path file = Path.of(target);
        if (target.endsWith(".rq") || target.endsWith(".sparql") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // A file with a saved query's header is one (its defaults and pagination count); any other is plain SPARQL.
            if (text.startsWith("#+") || !params.isEmpty()) {
                return bound(QueryCatalogue.parse(file, text));
            }
            return new Resolved(QueryFactory.create(text), 0);
        }
        return bound(QueryCatalogue.read(Home.queries()).find(target)
                .orElseThrow(() -> new IllegalArgumentException("no saved query of that name; see 'dmm-kg queries'")));
    }

    private Resolved bound(CannedQuery q) {
        return new Resolved(QueryBinder.bind(q, values()), q.pagination());
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
