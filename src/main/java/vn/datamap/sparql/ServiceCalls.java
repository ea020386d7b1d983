package vn.datamap.sparql;

import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;

/**
 * Finds {@code SERVICE} anywhere in a pattern: at the top, in a subquery, or in the pattern of an
 * {@code EXISTS} / {@code NOT EXISTS} inside an expression. The syntax walker does not enter
 * subqueries, so the compiled algebra is walked, expressions and their patterns included.
 */
public final class ServiceCalls {
    private ServiceCalls() {}

    public static boolean in(Element pattern) {
        return pattern != null && in(Algebra.compile(pattern));
    }

    public static boolean in(Op op) {
        boolean[] found = {false};
        OpVisitorBase service = new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found[0] = true;
            }
        };
        Walker.walk(op, service, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp funcOp) {
                Walker.walk(funcOp.getGraphPattern(), service, this);
            }
        });
        return found[0];
    }
}
