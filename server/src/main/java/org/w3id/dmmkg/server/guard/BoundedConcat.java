package org.w3id.dmmkg.server.guard;

import java.util.List;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code CONCAT} (and {@code fn:concat}) that refuses, before it allocates, a result
 * longer than {@link QueryLimits#maxStringChars()}: 27 chained {@code CONCAT(?v, ?v)} would
 * otherwise double a string 27 times.
 */
final class BoundedConcat extends E_StrConcat {
    private final QueryLimits limits;

    BoundedConcat(ExprList args, QueryLimits limits) {
        super(args);
        this.limits = limits;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        CancellableText.check(Guards.cancelSignal(env));
        long length = 0;
        for (NodeValue v : args) {
            if (v.isString() || v.isLangString()) {
                length += v.asNode().getLiteralLexicalForm().length();
            }
        }
        Guards.checkLength("CONCAT", length, limits);
        return super.eval(args);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedConcat(newArgs, limits);
    }
}
