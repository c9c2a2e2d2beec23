package org.w3id.dmmkg.app.cmd;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.app.ExitCodes;
import org.w3id.dmmkg.app.Home;
import org.w3id.dmmkg.app.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dmm-kg query}: a SPARQL file against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query file against the store.",
            "The default graph is the union of all graphs: letters, ontology, vocabulary."})
public final class QueryCommand implements Callable<Integer> {
    /** Output formats; {@code csv} is the W3C SPARQL 1.1 CSV results format. */
    enum Format { table, csv, tsv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "table",
            description = "Result format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    Format format;

    @Parameters(paramLabel = "FILE.rq", description = "The SPARQL query file.")
    Path file;

    @Override
    public Integer call() throws Exception {
        Query query;
        try {
            query = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
        } catch (QueryParseException e) {
            spec.commandLine().getErr().println(file + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println(file + ": cannot read: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Store store = Store.open(Home.config(), storeOptions.store())) {
            OutputStream out = System.out;
            Txn.executeRead(store.dataset(), () -> run(query, store, out));
            out.flush();
        }
        return ExitCodes.OK;
    }

    private void run(Query query, Store store, OutputStream out) {
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
            if (query.isSelectType()) {
                write(qe.execSelect(), out);
            } else if (query.isAskType()) {
                ResultSetFormatter.out(out, qe.execAsk());
            } else if (query.isConstructType()) {
                RDFDataMgr.write(out, qe.execConstruct(), Lang.TURTLE);
            } else {
                RDFDataMgr.write(out, qe.execDescribe(), Lang.TURTLE);
            }
        }
    }

    private void write(ResultSet results, OutputStream out) {
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(out, results);
            case tsv -> ResultSetFormatter.outputAsTSV(out, results);
            case json -> ResultSetFormatter.outputAsJSON(out, results);
            default -> ResultSetFormatter.out(out, results);
        }
    }
}
