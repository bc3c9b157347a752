package socklab.lang.ast;

import java.math.BigInteger;
import java.util.List;
import socklab.lang.Pos;

/** Expressions of the Python subset, one record per syntactic form, as Python's own ast module has them. */
public sealed interface Expr {
    Pos pos();

    record Name(Pos pos, String id) implements Expr {}
    record IntLit(Pos pos, BigInteger value) implements Expr {}
    record FloatLit(Pos pos, double value) implements Expr {}
    record ImagLit(Pos pos, double value) implements Expr {}
    record StrLit(Pos pos, String value) implements Expr {}
    record BytesLit(Pos pos, byte[] value) implements Expr {}
    /** None, True, False or Ellipsis. */
    record Const(Pos pos, ConstKind kind) implements Expr {}
    /** An f-string: literal parts are StrLit, replacement fields are FormattedValue. */
    record FString(Pos pos, List<Expr> parts) implements Expr {}
    /** {value!conversion:spec}; conversion is 0, 'r', 's' or 'a'; spec is null or an FString. */
    record FormattedValue(Pos pos, Expr value, char conversion, Expr spec) implements Expr {}

    record Attribute(Pos pos, Expr value, String attr) implements Expr {}
    record Subscript(Pos pos, Expr value, Expr index) implements Expr {}
    /** lower:upper:step inside a subscript; any part may be null. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}
    /** args may hold Starred; keywords with a null name are **mappings. */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}
    record Starred(Pos pos, Expr value) implements Expr {}

    record BinOp(Pos pos, Expr left, BinOperator op, Expr right) implements Expr {}
    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}
    record BoolOp(Pos pos, boolean isAnd, List<Expr> values) implements Expr {}
    record Compare(Pos pos, Expr left, List<CmpOperator> ops, List<Expr> comparators) implements Expr {}
    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}
    record Lambda(Pos pos, Params params, Expr body) implements Expr {}
    record NamedExpr(Pos pos, Name target, Expr value) implements Expr {}
    /** yield, with value null when bare. */
    record Yield(Pos pos, Expr value) implements Expr {}
    record YieldFrom(Pos pos, Expr value) implements Expr {}
    record Await(Pos pos, Expr value) implements Expr {}

    record TupleExpr(Pos pos, List<Expr> elts) implements Expr {}
    record ListExpr(Pos pos, List<Expr> elts) implements Expr {}
    record SetExpr(Pos pos, List<Expr> elts) implements Expr {}
    /** A null key marks a **mapping entry whose value is the mapping. */
    record DictExpr(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}
    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record Keyword(Pos pos, String name, Expr value) {}
    record Comprehension(Expr target, Expr iter, List<Expr> ifs) {}

    enum ConstKind { NONE, TRUE, FALSE, ELLIPSIS }

    enum BinOperator {
        ADD("+"), SUB("-"), MUL("*"), MATMUL("@"), DIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
        LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&");
        public final String symbol;
        BinOperator(String symbol) { this.symbol = symbol; }
    }

    enum UnaryOperator {
        NEG("-"), POS("+"), INVERT("~"), NOT("not");
        public final String symbol;
        UnaryOperator(String symbol) { this.symbol = symbol; }
    }

    enum CmpOperator {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IS("is"), IS_NOT("is not"), IN("in"), NOT_IN("not in");
        public final String symbol;
        CmpOperator(String symbol) { this.symbol = symbol; }
    }
}
