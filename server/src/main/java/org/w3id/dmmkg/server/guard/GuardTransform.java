package org.w3id.dmmkg.server.guard;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * Rewrites a query's algebra so that its string functions are bounded: {@code REGEX} and
 * {@code REPLACE} on RE2/J, {@code CONCAT} and {@code ENCODE_FOR_URI} with a length limit; also
 * the XPath spellings {@code fn:matches}, {@code fn:replace}, {@code fn:concat}, and inside
 * {@code EXISTS}.
 */
final class GuardTransform extends ExprTransformCopy {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private final QueryLimits limits;

    GuardTransform(QueryLimits limits) {
        this.limits = limits;
    }

    /** {@code op} with every string function bounded. */
    Op apply(Op op) {
        return Walker.transform(op, new TransformCopy(), this);
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex) {
            return new SafeRegex(args, limits);
        }
        if (func instanceof E_StrReplace) {
            return new SafeReplace(args, limits);
        }
        if (func instanceof E_StrConcat && !(func instanceof BoundedConcat)) {
            return new BoundedConcat(args, limits);
        }
        if (func instanceof E_Function f) {
            switch (f.getFunctionIRI()) {
                case FN + "matches":
                    return new SafeRegex(args, limits);
                case FN + "replace":
                    return new SafeReplace(args, limits);
                case FN + "concat":
                    return new BoundedConcat(args, limits);
                default:
                    break;
            }
        }
        return super.transform(func, args);
    }

    @Override
    public Expr transform(ExprFunction1 func, Expr arg) {
        if (func instanceof E_StrEncodeForURI && !(func instanceof BoundedEncodeForUri)) {
            return new BoundedEncodeForUri(arg, limits);
        }
        return super.transform(func, arg);
    }

    @Override
    public Expr transform(ExprFunctionOp funcOp, ExprList args, Op opArg) {
        return super.transform(funcOp, args, apply(opArg));
    }
}
