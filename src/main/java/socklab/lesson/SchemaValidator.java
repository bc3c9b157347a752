package socklab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates JSON against the subset of JSON Schema (2020-12) that lesson.schema.json uses, so
 * lessons are checked on load without pulling a validator library and its dependencies in.
 * A keyword outside the subset is refused when the schema is read, never silently ignored.
 */
public final class SchemaValidator {
    /** One way the document breaks the schema; pointer is a JSON Pointer into the document. */
    public record Violation(String pointer, String message) {}

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description", "$comment");
    private static final Set<String> KEYWORDS = Set.of("type", "required", "properties", "additionalProperties", "items",
            "enum", "const", "pattern", "minItems", "minLength", "minimum", "maximum", "$ref", "oneOf", "dependentRequired");

    private final JsonNode root;
    private final Map<String, Pattern> patterns = new HashMap<>();

    public SchemaValidator(JsonNode schema) {
        this.root = schema;
        refuseUnknownKeywords(schema, "#");
    }

    public List<Violation> validate(JsonNode doc) {
        List<Violation> out = new ArrayList<>();
        check(root, doc, "", out);
        return out;
    }

    private void refuseUnknownKeywords(JsonNode schema, String where) {
        if (!schema.isObject()) {
            return;
        }
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!ANNOTATIONS.contains(k) && !KEYWORDS.contains(k)) {
                throw new IllegalArgumentException("schema keyword not supported: " + k + " at " + where);
            }
        }
        for (String holder : List.of("properties", "$defs")) {
            schema.path(holder).fields().forEachRemaining(e -> refuseUnknownKeywords(e.getValue(), where + "/" + holder + "/" + e.getKey()));
        }
        refuseUnknownKeywords(schema.path("items"), where + "/items");
        refuseUnknownKeywords(schema.path("additionalProperties"), where + "/additionalProperties");
        for (int i = 0; i < schema.path("oneOf").size(); i++) {
            refuseUnknownKeywords(schema.path("oneOf").get(i), where + "/oneOf/" + i);
        }
    }

    /** A schema's $ref chains end long before this; a loop ({"$ref": "#"}) would never end. */
    private static final int MAX_REFS = 64;

    private void check(JsonNode schema, JsonNode doc, String at, List<Violation> out) {
        check(schema, doc, at, out, 0);
    }

    private void check(JsonNode schema, JsonNode doc, String at, List<Violation> out, int refs) {
        if (schema.has("$ref")) {
            if (refs >= MAX_REFS) {
                out.add(new Violation(at, "the schema's $ref goes round in a loop"));
                return;
            }
            check(resolve(schema.get("$ref").asText()), doc, at, out, refs + 1);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), doc)) {
            out.add(new Violation(at, "expected " + schema.get("type").asText() + ", found " + kind(doc)));
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(doc)) {
            out.add(new Violation(at, "must be " + schema.get("const")));
        }
        if (schema.has("enum") && !contains(schema.get("enum"), doc)) {
            out.add(new Violation(at, "must be one of " + schema.get("enum")));
        }
        if (doc.isTextual()) {
            checkString(schema, doc.asText(), at, out);
        }
        if (doc.isNumber()) {
            if (schema.has("minimum") && doc.asDouble() < schema.get("minimum").asDouble()) {
                out.add(new Violation(at, "must be at least " + schema.get("minimum")));
            }
            if (schema.has("maximum") && doc.asDouble() > schema.get("maximum").asDouble()) {
                out.add(new Violation(at, "must be at most " + schema.get("maximum")));
            }
        }
        if (doc.isArray()) {
            checkArray(schema, doc, at, out);
        }
        if (doc.isObject()) {
            checkObject(schema, doc, at, out);
        }
        if (schema.has("oneOf")) {
            checkOneOf(schema.get("oneOf"), doc, at, out);
        }
    }

    private void checkString(JsonNode schema, String s, String at, List<Violation> out) {
        if (schema.has("minLength") && s.codePointCount(0, s.length()) < schema.get("minLength").asInt()) {
            out.add(new Violation(at, s.isEmpty() ? "must not be empty" : "is shorter than " + schema.get("minLength").asInt()));
        }
        if (schema.has("pattern")) {
            String p = schema.get("pattern").asText();
            if (!patterns.computeIfAbsent(p, Pattern::compile).matcher(s).find()) {
                out.add(new Violation(at, "does not match " + p));
            }
        }
    }

    private void checkArray(JsonNode schema, JsonNode doc, String at, List<Violation> out) {
        if (schema.has("minItems") && doc.size() < schema.get("minItems").asInt()) {
            out.add(new Violation(at, "needs at least " + schema.get("minItems").asInt() + " item(s)"));
        }
        if (schema.has("items")) {
            for (int i = 0; i < doc.size(); i++) {
                check(schema.get("items"), doc.get(i), at + "/" + i, out);
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode doc, String at, List<Violation> out) {
        for (JsonNode name : schema.path("required")) {
            if (!doc.has(name.asText())) {
                out.add(new Violation(at, "missing property \"" + name.asText() + "\""));
            }
        }
        schema.path("dependentRequired").fields().forEachRemaining(e -> {
            if (doc.has(e.getKey())) {
                for (JsonNode needed : e.getValue()) {
                    if (!doc.has(needed.asText())) {
                        out.add(new Violation(at, "\"" + e.getKey() + "\" needs \"" + needed.asText() + "\" too"));
                    }
                }
            }
        });
        JsonNode props = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        doc.fields().forEachRemaining(e -> {
            String child = at + "/" + escape(e.getKey());
            if (props.has(e.getKey())) {
                check(props.get(e.getKey()), e.getValue(), child, out);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                out.add(new Violation(child, "unknown property \"" + e.getKey() + "\""));
            } else if (additional != null && additional.isObject()) {
                check(additional, e.getValue(), child, out);
            }
        });
    }

    /** Exactly one branch must fit; if none does, the nearest miss explains why. */
    private void checkOneOf(JsonNode branches, JsonNode doc, String at, List<Violation> out) {
        List<Violation> nearest = null;
        int matches = 0;
        for (JsonNode branch : branches) {
            List<Violation> v = new ArrayList<>();
            check(branch, doc, at, v);
            if (v.isEmpty()) {
                matches++;
            } else if (nearest == null || v.size() < nearest.size()) {
                nearest = v;
            }
        }
        if (matches == 0 && nearest != null) {
            out.addAll(nearest);
        } else if (matches > 1) {
            out.add(new Violation(at, "fits more than one of the allowed forms"));
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("only local $ref is supported: " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("unresolved $ref " + ref);
        }
        return target;
    }

    private static boolean typeMatches(JsonNode type, JsonNode doc) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, doc)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> doc.isObject();
            case "array" -> doc.isArray();
            case "string" -> doc.isTextual();
            case "integer" -> doc.isIntegralNumber() || (doc.isNumber() && doc.asDouble() == Math.rint(doc.asDouble()));
            case "number" -> doc.isNumber();
            case "boolean" -> doc.isBoolean();
            case "null" -> doc.isNull();
            default -> throw new IllegalArgumentException("unknown schema type " + type.asText());
        };
    }

    private static boolean contains(JsonNode values, JsonNode doc) {
        for (JsonNode v : values) {
            if (v.equals(doc)) {
                return true;
            }
        }
        return false;
    }

    private static String kind(JsonNode doc) {
        if (doc.isIntegralNumber()) {
            return "integer";
        }
        return doc.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
