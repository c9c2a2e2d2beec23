package org.w3id.dmmkg.server.linked;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What every page of the site shares: how IRIs map to paths, the dataset it reads, the query
 * timeout its queries keep to, and the overview of the store computed once per load.
 *
 * @param links         the graph's IRIs and this server's paths
 * @param datasetName   the dataset's name ({@code dmm})
 * @param timeoutMillis page queries are cut off after this long (the server's query timeout)
 * @param overview      what the store holds, class by class
 */
public record Site(Links links, String datasetName, long timeoutMillis, Overview.Cache overview) {
    /** Longer search words are refused: no question needs more. */
    public static final int MAX_QUERY_CHARS = 200;

    public Site(String publicBase, String datasetName, long timeoutMillis) {
        this(new Links(publicBase), datasetName, timeoutMillis, new Overview.Cache());
    }

    /** The dataset the server publishes, as the servlet handling {@code req} sees it. */
    public DatasetGraph dataset(HttpServletRequest req) {
        return DataAccessPointRegistry.get(req.getServletContext()).get("/" + datasetName).getDataService().getDataset();
    }

    /** Page queries over {@code dsg}, with the timeout. */
    public Sparql sparql(DatasetGraph dsg) {
        return new Sparql(dsg, timeoutMillis);
    }
}
