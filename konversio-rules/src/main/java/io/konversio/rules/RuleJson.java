package io.konversio.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes automation rules as JSON; immutable and thread-safe (share one instance).
 *
 * <p>Reading accepts Chatwoot's automation-rule payload unchanged (a flat {@code conditions} array joined by
 * {@code query_operator}, where AND binds tighter than OR) and Konversio's own form, in which
 * {@code conditions} is a nested {@code {"all": [...]}}, {@code {"any": [...]}} or {@code {"not": {...}}}
 * group. Writing always produces Konversio's form, which reads back to an equal rule. The format is
 * documented in {@code docs/automation-rules.md}.
 *
 * <p>{@link #read} reports malformed structure (missing fields, unknown event or operator names, values of
 * the wrong JSON type) by throwing {@link InvalidRuleException} with every problem found. Whether
 * attributes, ids and params make sense is the job of {@link RuleValidator}; {@link #read(String, RuleValidator)}
 * does both and reports the problems with paths into the document as written.
 */
public final class RuleJson {
    private final ObjectMapper mapper;

    private RuleJson() {
        this.mapper = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES) // 1.50 stays 1.50 on a round trip
                .addModule(new JavaTimeModule())
                .build();
    }

    /** Creates a codec. */
    public static RuleJson create() {
        return new RuleJson();
    }

    /** Reads one rule in either form; throws {@link InvalidRuleException} on structural problems. */
    public AutomationRule read(String json) {
        ParsedRule parsed = parse(json);
        if (!parsed.problems().isEmpty()) {
            throw new InvalidRuleException(parsed.problems());
        }
        return parsed.rule();
    }

    /**
     * Reads one rule and validates it; every structural and semantic problem is reported at once, with paths
     * into the document as written.
     */
    public AutomationRule read(String json, RuleValidator validator) {
        ParsedRule parsed = parse(json);
        List<RuleProblem> problems = new ArrayList<>(parsed.problems());
        if (problems.isEmpty()) {
            problems.addAll(validator.problems(parsed.rule(), parsed.paths()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleException(problems);
        }
        return parsed.rule();
    }

    /** Reads a JSON array of rules; problems carry the index, as in {@code $[3].conditions[0].values}. */
    public List<AutomationRule> readAll(String json) {
        JsonNode root = tree(json);
        if (!root.isArray()) {
            throw new InvalidRuleException(List.of(new RuleProblem("$", "expected an array of rules")));
        }
        List<AutomationRule> rules = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            ParsedRule parsed = new RuleJsonReader("$[" + i + "]").rule(root.get(i));
            problems.addAll(parsed.problems());
            if (parsed.problems().isEmpty()) {
                rules.add(parsed.rule());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleException(problems);
        }
        return List.copyOf(rules);
    }

    /** Writes one rule in Konversio's form. */
    public String write(AutomationRule rule) {
        return toText(RuleJsonWriter.rule(mapper, rule));
    }

    /** Writes rules as a JSON array in Konversio's form. */
    public String writeAll(List<AutomationRule> rules) {
        ArrayNode array = mapper.createArrayNode();
        rules.forEach(r -> array.add(RuleJsonWriter.rule(mapper, r)));
        return toText(array);
    }

    /** Writes one condition node in Konversio's form; used as a stable, unambiguous key. */
    public String write(ConditionNode node) {
        return toText(RuleJsonWriter.node(mapper, node));
    }

    ParsedRule parse(String json) {
        return new RuleJsonReader("$").rule(tree(json));
    }

    /** Reads one rule (an object, paths {@code $...}) or several (an array, paths {@code $[i]...}), unchecked. */
    List<ParsedRule> parseOneOrMany(String json) {
        JsonNode root = tree(json);
        if (!root.isArray()) {
            return List.of(new RuleJsonReader("$").rule(root));
        }
        List<ParsedRule> parsed = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            parsed.add(new RuleJsonReader("$[" + i + "]").rule(root.get(i)));
        }
        return parsed;
    }

    private JsonNode tree(String json) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new InvalidRuleException(List.of(new RuleProblem("$", "the document is empty")));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidRuleException(List.of(new RuleProblem("$",
                    "not valid JSON: " + e.getOriginalMessage())));
        }
    }

    private String toText(ObjectNode node) {
        return toText((JsonNode) node);
    }

    private String toText(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write rule JSON", e);
        }
    }
}
