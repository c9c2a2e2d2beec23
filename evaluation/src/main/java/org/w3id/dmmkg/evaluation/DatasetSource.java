package org.w3id.dmmkg.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/** A Jena dataset as a {@link SelectSource}: a TDB2 store or an in-memory dataset, read in a transaction. */
public final class DatasetSource implements SelectSource {
    private final Dataset dataset;

    /** @param dataset a dataset whose default graph is the union of its named graphs */
    public DatasetSource(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public List<Map<String, String>> select(String query) {
        return Txn.calculateRead(dataset, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet results = exec.execSelect();
                while (results.hasNext()) {
                    rows.add(row(results.next()));
                }
            }
            return rows;
        });
    }

    private static Map<String, String> row(QuerySolution solution) {
        Map<String, String> row = new HashMap<>();
        for (Iterator<String> names = solution.varNames(); names.hasNext();) {
            String name = names.next();
            RDFNode value = solution.get(name);
            if (value != null) {
                row.put(name, text(value));
            }
        }
        return row;
    }

    /** The value as the W3C SPARQL CSV results format writes it. */
    private static String text(RDFNode value) {
        if (value.isLiteral()) {
            return value.asLiteral().getLexicalForm();
        }
        if (value.isAnon()) {
            return "_:" + value.asResource().getId().getLabelString();
        }
        return value.asResource().getURI();
    }
}
