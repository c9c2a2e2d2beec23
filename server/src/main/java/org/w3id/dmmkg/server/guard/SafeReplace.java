package org.w3id.dmmkg.server.guard;

import com.google.re2j.Matcher;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;

/**
 * SPARQL {@code REPLACE} (and {@code fn:replace}) with RE2/J: linear matching, stopped when its
 * query is cancelled, and a result no longer than {@link QueryLimits#maxStringChars()}.
 */
final class SafeReplace extends RegexFunction {
    SafeReplace(ExprList args, QueryLimits limits) {
        super(Tags.tagReplace, "REPLACE", args, 1, 3, limits);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        var cancelled = Guards.cancelSignal(env);
        CancellableText.check(cancelled);
        Node literal = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = args.get(2).getString();
        Matcher m = pattern(args).matcher(new CancellableText(literal.getLiteralLexicalForm(), cancelled));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, replacement);
            Guards.checkLength("REPLACE", out.length(), limits);
        }
        m.appendTail(out);
        Guards.checkLength("REPLACE", out.length(), limits);
        String lang = literal.getLiteralLanguage();
        return NodeValue.makeNode(lang.isEmpty() ? NodeFactory.createLiteralString(out.toString())
                : NodeFactory.createLiteralLang(out.toString(), lang));
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new SafeReplace(newArgs, limits);
    }
}
