package org.w3id.dmmkg.server.queries;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;

/** How SELECT results are written; {@code csv} is the W3C SPARQL 1.1 CSV results format. */
public enum ResultFormat {
    table("text/plain"), csv("text/csv"), tsv("text/tab-separated-values"),
    json("application/sparql-results+json"), xml("application/sparql-results+xml");

    private final String contentType;

    ResultFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public void write(ResultSet results, OutputStream out) {
        switch (this) {
            case csv -> ResultSetFormatter.outputAsCSV(out, results);
            case tsv -> ResultSetFormatter.outputAsTSV(out, results);
            case json -> ResultSetFormatter.outputAsJSON(out, results);
            case xml -> ResultSetFormatter.outputAsXML(out, results);
            default -> ResultSetFormatter.out(out, results);
        }
    }

    /** The format an HTTP {@code Accept} header asks for; JSON when it names none of ours. */
    public static ResultFormat fromAccept(String accept) {
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        for (ResultFormat f : values()) {
            if (f != table && a.contains(f.contentType)) {
                return f;
            }
        }
        if (a.contains("application/json")) {
            return json;
        }
        return a.contains("text/plain") ? table : json;
    }
}
