package socklab.lesson;

import java.util.List;

/** One guided lesson as stored in lessons/NN-ID.json; file is the name it was loaded from. */
public record Lesson(String id, int order, Text title, Text summary, List<Step> steps, String file) {
    public Lesson {
        steps = List.copyOf(steps);
    }
}
