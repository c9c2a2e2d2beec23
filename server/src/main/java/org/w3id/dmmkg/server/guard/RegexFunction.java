package org.w3id.dmmkg.server.guard;

import com.google.re2j.Pattern;
import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * A SPARQL function that takes a regular expression and its flags: the pattern compiled with
 * RE2/J once when both are constants, else at each call, always within the limits.
 */
abstract class RegexFunction extends ExprFunctionN {
    final QueryLimits limits;
    private final String function;
    private final int patternArg;
    private final int flagsArg;
    private final Pattern constant;

    RegexFunction(String symbol, String function, ExprList args, int patternArg, int flagsArg, QueryLimits limits) {
        super(symbol, args);
        this.limits = limits;
        this.function = function;
        this.patternArg = patternArg;
        this.flagsArg = flagsArg;
        Expr p = args.get(patternArg);
        Expr f = args.size() > flagsArg ? args.get(flagsArg) : null;
        this.constant = p.isConstant() && p.getConstant().isString()
                && (f == null || f.isConstant() && f.getConstant().isString())
                ? Re2.compile(function, p.getConstant().getString(), f == null ? null : f.getConstant().getString(),
                        limits.maxRegexProgram())
                : null;
    }

    /** The pattern for a call with these evaluated arguments. */
    final Pattern pattern(List<NodeValue> args) {
        return constant != null ? constant : Re2.compile(function, args.get(patternArg).getString(),
                args.size() > flagsArg ? args.get(flagsArg).getString() : null, limits.maxRegexProgram());
    }

    @Override
    public final NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }
}
