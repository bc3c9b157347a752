package socklab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socklab.i18n.Lang;

/**
 * Renders every text of a lesson in both languages as the learner would see it, step view,
 * hints, replies and all, with sample ports: a placeholder the engine does not fill ({PROT} for
 * {PORT}) would reach the learner as it stands, so it is reported.
 */
final class LessonTexts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Z_]+}");
    private static final Ports SAMPLE = new Ports(40000, 40001);

    private LessonTexts() {}

    static List<LessonCheck.Failure> check(Lesson lesson) {
        List<LessonCheck.Failure> out = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (int k = 0; k < lesson.steps().size(); k++) {
                Step s = lesson.steps().get(k);
                for (String text : shown(lesson, k, lang)) {
                    Matcher m = PLACEHOLDER.matcher(SAMPLE.fill(text));
                    if (m.find()) {
                        out.add(new LessonCheck.Failure(lesson.file(), s.id(), lang.tag() + " text has " + m.group()
                                + ", which nothing fills: " + text));
                    }
                }
            }
        }
        return out;
    }

    /** Every text of step k a learner may see in lang. */
    private static List<String> shown(Lesson lesson, int k, Lang lang) {
        Step s = lesson.steps().get(k);
        List<String> out = new ArrayList<>(StepView.paragraphs(lesson, k, SAMPLE, lang));
        List<Text> more = new ArrayList<>(s.hints());
        s.wrong().forEach(w -> more.add(w.explain()));
        s.choices().forEach(c -> more.add(c.why()));
        for (Text t : new Text[] {s.explain(), s.recover(), s.waiting()}) {
            if (t != null) {
                more.add(t);
            }
        }
        more.forEach(t -> out.add(t.in(lang)));
        return out;
    }
}
