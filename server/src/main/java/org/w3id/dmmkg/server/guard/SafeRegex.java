package org.w3id.dmmkg.server.guard;

import com.google.re2j.Pattern;
import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;

/** SPARQL {@code REGEX} (and {@code fn:matches}) with RE2/J, stopping when its query is cancelled. */
final class SafeRegex extends ExprFunctionN {
    private final QueryLimits limits;
    private final Pattern constant;

    SafeRegex(ExprList args, QueryLimits limits) {
        super(Tags.tagRegex, args);
        this.limits = limits;
        this.constant = constantPattern(args, 1, args.size() > 2 ? 2 : -1, "REGEX", limits);
    }

    /** The pattern compiled once when it and its flags are constants, else null. */
    static Pattern constantPattern(ExprList args, int pattern, int flags, String function, QueryLimits limits) {
        Expr p = args.get(pattern);
        Expr f = flags < 0 ? null : args.get(flags);
        if (p.isConstant() && p.getConstant().isString() && (f == null || f.isConstant() && f.getConstant().isString())) {
            return Re2.compile(function, p.getConstant().getString(), f == null ? null : f.getConstant().getString(),
                    limits.maxRegexProgram());
        }
        return null;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        var cancelled = Guards.cancelSignal(env);
        CancellableText.check(cancelled);
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern p = constant != null ? constant
                : Re2.compile("REGEX", args.get(1).getString(), args.size() > 2 ? args.get(2).getString() : null,
                        limits.maxRegexProgram());
        return NodeValue.makeBoolean(p.matcher(new CancellableText(text, cancelled)).find());
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new SafeRegex(newArgs, limits);
    }
}
