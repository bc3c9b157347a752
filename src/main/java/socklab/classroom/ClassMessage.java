package socklab.classroom;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Every line of the class protocol, one record per "type" (docs/classroom-protocol.md). A line is
 * one JSON object; its "type" field names the record, the other fields are the record's.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ClassMessage.Hello.class, name = "hello"),
    @JsonSubTypes.Type(value = ClassMessage.Welcome.class, name = "welcome"),
    @JsonSubTypes.Type(value = ClassMessage.Refused.class, name = "refused"),
    @JsonSubTypes.Type(value = ClassMessage.Step.class, name = "step"),
    @JsonSubTypes.Type(value = ClassMessage.Attempt.class, name = "attempt"),
    @JsonSubTypes.Type(value = ClassMessage.Finished.class, name = "finished"),
    @JsonSubTypes.Type(value = ClassMessage.Share.class, name = "share"),
    @JsonSubTypes.Type(value = ClassMessage.Offer.class, name = "offer"),
    @JsonSubTypes.Type(value = ClassMessage.Ping.class, name = "ping"),
})
public sealed interface ClassMessage {
    /** Student, first line: the protocol version it speaks, the class code and the name to show. */
    record Hello(int version, String code, String name) implements ClassMessage {}

    /** Teacher, answer to a good hello: its version and how often each side must send a ping. */
    record Welcome(int version, long heartbeatMillis) implements ClassMessage {}

    /** Teacher, answer to a bad hello (or a reason for closing): a fixed reason word and a sentence for people. */
    record Refused(String reason, String text) implements ClassMessage {}

    /** Student: a lesson step is shown (index from 0, of count steps). */
    record Step(String lesson, String step, int index, int count) implements ClassMessage {}

    /** Student: an input was judged; error is the exception type's name, or null. Never the input itself. */
    record Attempt(boolean passed, String error) implements ClassMessage {}

    /** Student: a lesson is finished. */
    record Finished(String lesson) implements ClassMessage {}

    /** Student: code the student chose to show the teacher (%share). */
    record Share(String code) implements ClassMessage {}

    /** Teacher: a lesson (and step number, or null) the student may start by pressing Enter. */
    record Offer(String lesson, Integer step) implements ClassMessage {}

    /** Either side, every heartbeat; a student's says how many seconds since its last input (null from the teacher). */
    record Ping(Integer idle) implements ClassMessage {}
}
