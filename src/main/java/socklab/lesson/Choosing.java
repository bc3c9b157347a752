package socklab.lesson;

/** A choose step's judgement of one answer: the option a number picks, and whether it is the right one. */
final class Choosing {
    private Choosing() {}

    /** choice is null when the answer is not the number of an option. */
    record Verdict(Step.Choice choice, boolean right) {}

    static Verdict judge(Step step, String answer) {
        String digits = answer.strip().replaceFirst("[.)]$", "");
        if (!digits.matches("\\d{1,3}")) {
            return new Verdict(null, false);
        }
        int n = Integer.parseInt(digits);
        if (n < 1 || n > step.choices().size()) {
            return new Verdict(null, false);
        }
        return new Verdict(step.choices().get(n - 1), n == step.answer());
    }
}
