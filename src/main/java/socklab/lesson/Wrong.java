package socklab.lesson;

/** A common mistake for a step and what to tell the learner who makes it. */
public record Wrong(String input, Text explain) {}
