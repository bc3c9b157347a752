package socklab.runtime.object;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** CPython's C3 linearisation: the order in which a class and its bases are searched for attributes. */
final class Mro {
    private Mro() {}

    /** The MRO of a class with these bases, or the TypeError CPython raises when none is consistent. */
    static PyType[] of(PyType cls, PyType[] bases) {
        Set<PyType> seen = new LinkedHashSet<>();
        for (PyType b : bases) {
            if (!seen.add(b)) {
                throw Py.typeError("duplicate base class " + b.name());
            }
        }
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType b : bases) {
            sequences.add(new ArrayList<>(List.of(b.mro())));
        }
        sequences.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(cls);
        while (sequences.stream().anyMatch(s -> !s.isEmpty())) {
            PyType next = goodHead(sequences);
            if (next == null) {
                throw Py.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + String.join(", ", remainingHeads(sequences)));
            }
            result.add(next);
            for (List<PyType> s : sequences) {
                s.remove(next);
            }
        }
        return result.toArray(new PyType[0]);
    }

    /** The first head that appears in no sequence's tail. */
    private static PyType goodHead(List<List<PyType>> sequences) {
        for (List<PyType> s : sequences) {
            if (s.isEmpty()) {
                continue;
            }
            PyType head = s.get(0);
            if (sequences.stream().noneMatch(o -> o.indexOf(head) > 0)) {
                return head;
            }
        }
        return null;
    }

    private static List<String> remainingHeads(List<List<PyType>> sequences) {
        Set<String> names = new LinkedHashSet<>();
        for (List<PyType> s : sequences) {
            if (!s.isEmpty()) {
                names.add(s.get(0).name());
            }
        }
        return new ArrayList<>(names);
    }
}
