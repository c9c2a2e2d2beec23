package org.w3id.dmmkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.w3id.dmmkg.cli.ExitCodes;
import org.w3id.dmmkg.cli.Home;
import org.w3id.dmmkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dmm-kg validate}: the store against {@code ontology/shapes.ttl}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the store (the union of its graphs) against ontology/shapes.ttl (SHACL).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:conforms", "1:could not validate", "3:does not conform (the report is printed)"})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(Home.ontology().resolve("shapes.ttl").toString()));
        try (Store store = storeOptions.open()) {
            ValidationReport report = Txn.calculateRead(store.dataset(), () -> {
                Graph union = store.dataset().asDatasetGraph().getUnionGraph();
                return ShaclValidator.get().validate(shapes, union);
            });
            if (report.conforms()) {
                spec.commandLine().getOut().println("conforms: the store satisfies ontology/shapes.ttl");
                return ExitCodes.OK;
            }
            report.getModel().write(spec.commandLine().getOut(), "TURTLE");
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println("does not conform: " + report.getEntries().size() + " violations");
            return ExitCodes.NOT_CONFORMING;
        }
    }
}
