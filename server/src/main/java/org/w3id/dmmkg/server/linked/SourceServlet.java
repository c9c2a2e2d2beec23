package org.w3id.dmmkg.server.linked;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code /source/{letter}.txt}: a letter's text as loaded from its file, the characters its
 * annotations' {@code oa:TextPositionSelector} offsets count (Unicode code points), at a
 * stable path, so that anyone can cut a quote out by its offsets.
 */
public final class SourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("^/source/([A-Za-z0-9][A-Za-z0-9._-]*)\\.txt$");

    private final transient Site site;

    public SourceServlet(Site site) {
        this.site = site;
    }

    /** The path of a letter's source text on this server. */
    static String path(String letterIri) {
        return "/source/" + letterIri.substring(letterIri.lastIndexOf('/') + 1) + ".txt";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        var m = NAME.matcher(path);
        if (!m.matches()) {
            Responses.plain(resp, 404, path + ": not the source text of a letter; its name is /source/LETTER-ID.txt");
            return;
        }
        Node letter = NodeFactory.createURI(site.links().iri("/id/letter/" + m.group(1)));
        DatasetGraph dsg = site.dataset(req);
        String text = Txn.calculateRead(dsg, () -> new Labels(dsg.getUnionGraph()).string(letter, Terms.SOURCE_TEXT));
        if (text == null) {
            Responses.plain(resp, 404, path + ": no letter of that id, or one loaded before its text was kept");
            return;
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
