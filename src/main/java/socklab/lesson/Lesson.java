package socklab.lesson;

import java.util.List;

/**
 * One guided lesson as stored in lessons/NN-ID.json; file is the name it was loaded from. fresh
 * (true unless the lesson says false) starts it in a fresh session; course is "tutorial" or "after".
 */
public record Lesson(String id, int order, Text title, Text summary, List<Step> steps, Boolean fresh, String course, String file) {
    public Lesson {
        steps = List.copyOf(steps);
    }

    public Lesson(String id, int order, Text title, Text summary, List<Step> steps, String file) {
        this(id, order, title, summary, steps, null, null, file);
    }

    public boolean startsFresh() {
        return fresh == null || fresh;
    }

    /** The same lesson as loaded from file. */
    Lesson from(String fileName) {
        return new Lesson(id, order, title, summary, steps, fresh, course, fileName);
    }
}
