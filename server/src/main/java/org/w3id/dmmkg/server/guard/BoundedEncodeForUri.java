package org.w3id.dmmkg.server.guard;

import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.NodeValue;

/** SPARQL {@code ENCODE_FOR_URI}, which triples a string at most, with its result bounded in length. */
final class BoundedEncodeForUri extends E_StrEncodeForURI {
    private final QueryLimits limits;

    BoundedEncodeForUri(Expr expr, QueryLimits limits) {
        super(expr);
        this.limits = limits;
    }

    @Override
    public NodeValue eval(NodeValue v) {
        if (v.isLiteral()) {
            Guards.checkLength("ENCODE_FOR_URI", 3L * v.asNode().getLiteralLexicalForm().length(), limits);
        }
        return super.eval(v);
    }

    @Override
    public Expr copy(Expr expr) {
        return new BoundedEncodeForUri(expr, limits);
    }
}
