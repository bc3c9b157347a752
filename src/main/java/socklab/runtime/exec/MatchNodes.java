package socklab.runtime.exec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import socklab.runtime.object.ExcTypes;
import socklab.runtime.object.Ops;
import socklab.runtime.object.Py;
import socklab.runtime.object.PyByteArray;
import socklab.runtime.object.PyBytes;
import socklab.runtime.object.PyDict;
import socklab.runtime.object.PyError;
import socklab.runtime.object.PyList;
import socklab.runtime.object.PyMemoryView;
import socklab.runtime.object.PyObject;
import socklab.runtime.object.PyRange;
import socklab.runtime.object.PyStr;
import socklab.runtime.object.PyTuple;
import socklab.runtime.object.PyType;

/**
 * The match statement (PEP 634): the subject is tried against each case's pattern in turn; a
 * pattern collects its bindings and they are assigned only once the whole pattern has matched,
 * then the guard decides.
 */
final class MatchNodes {
    private MatchNodes() {}

    /** One name a matching pattern binds, assigned after the pattern has matched whole. */
    record Binding(Target target, PyObject value) {}

    /** A compiled pattern: does the subject match, and what would it bind. */
    abstract static class PatternNode {
        abstract boolean match(Frame f, PyObject subject, List<Binding> out);
    }

    record Case(PatternNode pattern, ExprNode guard, StmtNode[] body) {}

    static final class Match extends StmtNode {
        private final ExprNode subject;
        private final Case[] cases;

        Match(int line, ExprNode subject, Case[] cases) {
            super(line);
            this.subject = subject;
            this.cases = cases;
        }

        @Override
        int exec(Frame f) {
            PyObject value = subject.eval(f);
            for (Case c : cases) {
                List<Binding> bound = new ArrayList<>();
                if (!c.pattern().match(f, value, bound)) {
                    continue;
                }
                for (Binding b : bound) {
                    b.target().assign(f, b.value());
                }
                if (c.guard() == null || c.guard().test(f)) {
                    return run(c.body(), f);
                }
            }
            return NORMAL;
        }
    }

    /** A literal or dotted name: subject == value. */
    static final class Value extends PatternNode {
        private final ExprNode value;

        Value(ExprNode value) {
            this.value = value;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Binding> out) {
            return Ops.equalsOperator(subject, value.eval(f));
        }
    }

    /** None, True, False: subject is value. */
    static final class Singleton extends PatternNode {
        private final ExprNode value;

        Singleton(ExprNode value) {
            this.value = value;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Binding> out) {
            return subject == value.eval(f);
        }
    }

    /** pattern as name, a capture (no pattern) or the wildcard (neither). */
    static final class As extends PatternNode {
        private final PatternNode pattern;
        private final Target target;

        As(PatternNode pattern, Target target) {
            this.pattern = pattern;
            this.target = target;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Binding> out) {
            if (pattern != null && !pattern.match(f, subject, out)) {
                return false;
            }
            if (target != null) {
                out.add(new Binding(target, subject));
            }
            return true;
        }
    }

    static final class Or extends PatternNode {
        private final PatternNode[] alternatives;

        Or(PatternNode[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Binding> out) {
            for (PatternNode alt : alternatives) {
                List<Binding> tried = new ArrayList<>();
                if (alt.match(f, subject, tried)) {
                    out.addAll(tried);
                    return true;
                }
            }
            return false;
        }
    }

    /** [a, *rest, b]: a sequence (not str, bytes or bytearray) of the right length whose items match. */
    static final class Sequence extends PatternNode {
        private final PatternNode[] items;
        /** Where the star is, or -1; its target is null for *_. */
        private final int star;
        private final Target starTarget;

        Sequence(PatternNode[] items, int star, Target starTarget) {
            this.items = items;
            this.star = star;
            this.starTarget = starTarget;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Binding> out) {
            if (!isSequence(subject.type())) {
                return false;
            }
            List<PyObject> values = new ArrayList<>();
            PyObject it = subject.iter();
            for (PyObject v = it.next(); v != null; v = it.next()) {
                values.add(v);
            }
            int fixed = items.length;
            if (star < 0 ? values.size() != fixed : values.size() < fixed) {
                return false;
            }
            int after = star < 0 ? 0 : fixed - star;
            for (int i = 0; i < (star < 0 ? fixed : star); i++) {
                if (!items[i].match(f, values.get(i), out)) {
                    return false;
                }
            }
            if (star >= 0) {
                int tail = values.size() - after;
                for (int i = 0; i < after; i++) {
                    if (!items[star + i].match(f, values.get(tail + i), out)) {
                        return false;
                    }
                }
                if (starTarget != null) {
                    out.add(new Binding(starTarget, new PyList(values.subList(star, tail).toArray(new PyObject[0]))));
                }
            }
            return true;
        }

        private static boolean isSequence(PyType t) {
            if (t.isSubtypeOf(PyStr.TYPE) || t.isSubtypeOf(PyBytes.TYPE) || t.isSubtypeOf(PyByteArray.TYPE)) {
                return false;
            }
            if (t.isSubtypeOf(PyList.TYPE) || t.isSubtypeOf(PyTuple.TYPE) || t.isSubtypeOf(PyRange.TYPE)
                    || t.isSubtypeOf(PyMemoryView.TYPE)) {
                return true;
            }
            for (PyType base = t; base != null; base = base.base()) {
                String name = base.qualifiedName();
                if (name.equals("collections.deque") || name.equals("array.array")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {key: pattern, **rest}: a dict holding every key, whose values match. */
    static final class Mapping extends PatternNode {
        private final ExprNode[] keys;
        private final PatternNode[] values;
        private final Target rest;

        Mapping(ExprNode[] keys, PatternNode[] values, Target rest) {
            this.keys = keys;
            this.values = values;
            this.rest = rest;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Binding> out) {
            if (!subject.type().isSubtypeOf(PyDict.TYPE)) {
                return false;
            }
            PyObject[] seen = new PyObject[keys.length];
            for (int i = 0; i < keys.length; i++) {
                PyObject key = keys[i].eval(f);
                seen[i] = key;
                if (!subject.contains(key) || !values[i].match(f, subject.getItem(key), out)) {
                    return false;
                }
            }
            if (rest != null) {
                PyDict left = new PyDict();
                PyObject it = subject.iter();
                for (PyObject k = it.next(); k != null; k = it.next()) {
                    boolean taken = false;
                    for (PyObject s : seen) {
                        taken |= Ops.eq(s, k);
                    }
                    if (!taken) {
                        left.put(k, subject.getItem(k));
                    }
                }
                out.add(new Binding(rest, left));
            }
            return true;
        }
    }

    /** Cls(p, name=q): an instance of Cls whose __match_args__ attributes (or itself, for int, str...) and named attributes match. */
    static final class ClassPattern extends PatternNode {
        /** The built-in classes whose one positional sub-pattern matches the subject itself. */
        private static final Set<String> SELF_MATCHING = Set.of("bool", "bytearray", "bytes", "dict", "float", "frozenset",
                "int", "list", "set", "str", "tuple");
        private final ExprNode cls;
        private final PatternNode[] positional;
        private final String[] names;
        private final PatternNode[] keyword;

        ClassPattern(ExprNode cls, PatternNode[] positional, String[] names, PatternNode[] keyword) {
            this.cls = cls;
            this.positional = positional;
            this.names = names;
            this.keyword = keyword;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Binding> out) {
            PyObject c = cls.eval(f);
            if (!(c instanceof PyType type)) {
                throw Py.typeError("called match pattern must be a type");
            }
            if (!subject.type().isSubtypeOf(type)) {
                return false;
            }
            List<String> attrs = new ArrayList<>();
            if (positional.length > 0) {
                PyObject matchArgs = attribute(type, "__match_args__");
                if (matchArgs == null && !type.isUserClass() && SELF_MATCHING.contains(type.name())) {
                    if (positional.length > 1) {
                        throw Py.typeError(type.name() + "() accepts 1 positional sub-pattern (" + positional.length + " given)");
                    }
                    if (!positional[0].match(f, subject, out)) {
                        return false;
                    }
                } else {
                    PyObject[] args = matchArgs == null ? new PyObject[0] : matchArgsOf(type, matchArgs);
                    if (positional.length > args.length) {
                        throw Py.typeError(type.bareName() + "() accepts " + args.length + " positional sub-pattern"
                                + (args.length == 1 ? "" : "s") + " (" + positional.length + " given)");
                    }
                    for (int i = 0; i < positional.length; i++) {
                        attrs.add(((PyStr) args[i]).value());
                    }
                }
            }
            attrs.addAll(List.of(names));
            Set<String> unique = new HashSet<>();
            for (String a : attrs) {
                if (!unique.add(a)) {
                    throw Py.typeError(type.bareName() + "() got multiple sub-patterns for attribute '" + a + "'");
                }
            }
            int offset = attrs.size() - names.length;
            for (int i = 0; i < attrs.size(); i++) {
                PyObject v = attribute(subject, attrs.get(i));
                PatternNode sub = i < offset ? positional[positional.length - offset + i] : keyword[i - offset];
                if (v == null || !sub.match(f, v, out)) {
                    return false;
                }
            }
            return true;
        }

        private static PyObject[] matchArgsOf(PyType type, PyObject matchArgs) {
            if (!(matchArgs instanceof PyTuple t)) {
                throw Py.typeError(type.bareName() + ".__match_args__ must be a tuple (got " + matchArgs.type().name() + ")");
            }
            for (PyObject o : t.items()) {
                if (!(o instanceof PyStr)) {
                    throw Py.typeError("__match_args__ elements must be strings (got " + o.type().name() + ")");
                }
            }
            return t.items();
        }

        /** getattr(o, name), or null when it raises AttributeError (the pattern then fails). */
        private static PyObject attribute(PyObject o, String name) {
            try {
                return o.getAttr(name);
            } catch (PyError e) {
                if (e.value().type().isSubtypeOf(ExcTypes.AttributeError)) {
                    return null;
                }
                throw e;
            }
        }
    }
}
