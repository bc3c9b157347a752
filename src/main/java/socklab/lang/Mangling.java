package socklab.lang;

/**
 * CPython's private name mangling: inside a class, {@code __x} stands for {@code _Class__x}, so a
 * subclass's private names never collide with its base's. One rule shared by the compiler's name
 * resolution and the class machinery's {@code __slots__}.
 */
public final class Mangling {
    private Mangling() {
    }

    /** The name as CPython's compiler stores it inside class className (null outside any class). */
    public static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < className.length() && className.charAt(start) == '_') {
            start++;
        }
        if (start == className.length()) {
            return name;
        }
        return "_" + className.substring(start) + name;
    }
}
