package org.w3id.dmmkg.server.guard;

import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;

/** SPARQL {@code REGEX} (and {@code fn:matches}) with RE2/J, stopping when its query is cancelled. */
final class SafeRegex extends RegexFunction {
    SafeRegex(ExprList args, QueryLimits limits) {
        super(Tags.tagRegex, "REGEX", args, 1, 2, limits);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        var cancelled = Guards.cancelSignal(env);
        CancellableText.check(cancelled);
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        return NodeValue.makeBoolean(pattern(args).matcher(new CancellableText(text, cancelled)).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new SafeRegex(newArgs, limits);
    }
}
