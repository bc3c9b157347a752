package socklab.modules;

import socklab.runtime.object.InstanceAttrs;
import socklab.runtime.object.PyType;

/**
 * The learner's class that a datetime value (date, datetime, timedelta) is an instance of, as in
 * {@code class Birthday(date)}, with that instance's attribute dictionary; plain values have none.
 */
final class LearnerClass {
    final PyType type;
    final InstanceAttrs attrs = new InstanceAttrs();

    private LearnerClass(PyType type) {
        this.type = type;
    }

    /** The class an instance of cls needs, or null when cls is one of the module's own types. */
    static LearnerClass of(PyType cls) {
        return cls.isUserClass() ? new LearnerClass(cls) : null;
    }
}
