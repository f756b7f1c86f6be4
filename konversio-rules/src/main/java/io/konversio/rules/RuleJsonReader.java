package io.konversio.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns a JSON tree into an {@link AutomationRule}, collecting every structural problem; single use. */
final class RuleJsonReader {
    private static final int MAX_DEPTH = 32;

    private final String root;
    private final List<RuleProblem> problems = new ArrayList<>();
    private final Map<ConditionNode, String> paths = new IdentityHashMap<>();

    RuleJsonReader(String root) {
        this.root = root;
    }

    ParsedRule rule(JsonNode json) {
        if (!json.isObject()) {
            problem(root, "expected a rule object");
            return new ParsedRule(null, paths, problems);
        }
        AutomationRule.Builder b = AutomationRule.builder();
        String name = text(json, "name", true);
        if (name != null) {
            b.name(name);
        }
        String description = text(json, "description", false);
        b.description(description == null ? "" : description);
        String eventName = text(json, "event_name", true);
        RuleEvent event = null;
        if (eventName != null) {
            event = RuleEvent.fromCode(eventName).orElse(null);
            if (event == null) {
                problem(root + ".event_name", "unknown event '" + eventName + "'; expected one of "
                        + codes(RuleEvent.values()));
            } else {
                b.event(event);
            }
        }
        JsonNode id = json.get("id");
        if (id != null && !id.isNull()) {
            if (id.canConvertToExactIntegral() && id.canConvertToLong() && id.asLong() > 0) {
                b.id(id.asLong());
            } else {
                problem(root + ".id", "id must be a positive whole number, got " + id);
            }
        }
        JsonNode account = json.get("account_id");
        if (account != null && !account.isNull()) {
            if (account.canConvertToExactIntegral() && account.canConvertToLong() && account.asLong() >= 0) {
                b.accountId(account.asLong());
            } else {
                problem(root + ".account_id", "account_id must be a whole number >= 0, got " + account);
            }
        }
        JsonNode active = json.get("active");
        if (active != null && !active.isNull()) {
            if (active.isBoolean()) {
                b.enabled(active.booleanValue());
            } else {
                problem(root + ".active", "active must be true or false, got " + active);
            }
        }
        JsonNode position = json.get("position");
        if (position != null && !position.isNull()) {
            if (position.isIntegralNumber() && position.canConvertToInt() && position.intValue() >= 0) {
                b.position(position.intValue());
            } else {
                problem(root + ".position", "position must be a whole number >= 0, got " + position);
            }
        }
        ConditionGroup conditions = conditions(json.get("conditions"), root + ".conditions");
        if (conditions != null) {
            b.conditions(conditions);
        }
        b.actions(actions(json.get("actions"), root + ".actions"));
        if (!problems.isEmpty() || name == null || event == null) {
            return new ParsedRule(null, paths, problems);
        }
        return new ParsedRule(b.build(), paths, problems);
    }

    private @Nullable ConditionGroup conditions(@Nullable JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return ConditionGroup.always();
        }
        if (node.isArray()) {
            return chatwootChain(node, path);
        }
        if (node.isObject()) {
            ConditionNode parsed = konversioNode(node, path, 0);
            if (parsed instanceof ConditionGroup group) {
                return group;
            }
            if (parsed != null) {
                problem(path, "the top of the condition tree must be an all / any / not group");
            }
            return null;
        }
        problem(path, "conditions must be an array (Chatwoot form) or an all / any / not object");
        return null;
    }

    /** Chatwoot's flat chain: AND binds tighter than OR, so runs of AND become all-groups under an any. */
    private @Nullable ConditionGroup chatwootChain(JsonNode array, String path) {
        List<List<ConditionNode>> orTerms = new ArrayList<>();
        List<ConditionNode> current = new ArrayList<>();
        int start = problems.size();
        for (int i = 0; i < array.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode item = array.get(i);
            Condition leaf = leaf(item, p, true);
            if (leaf != null) {
                current.add(leaf);
            }
            boolean last = i == array.size() - 1;
            String join = item.isObject() ? text(item, "query_operator", false, p) : null;
            if (last) {
                break;
            }
            if (join == null || join.isEmpty()) {
                problem(p + ".query_operator", "query_operator is required between conditions: AND or OR");
            } else if (join.toUpperCase(Locale.ROOT).equals("OR")) {
                orTerms.add(current);
                current = new ArrayList<>();
            } else if (!join.toUpperCase(Locale.ROOT).equals("AND")) {
                problem(p + ".query_operator", "query_operator must be AND or OR, got '" + join + "'");
            }
        }
        orTerms.add(current);
        if (problems.size() > start) {
            return null;
        }
        if (orTerms.size() == 1) {
            return ConditionGroup.all(orTerms.get(0));
        }
        List<ConditionNode> terms = new ArrayList<>();
        for (List<ConditionNode> term : orTerms) {
            terms.add(term.size() == 1 ? term.get(0) : ConditionGroup.all(term));
        }
        return ConditionGroup.any(terms);
    }

    private @Nullable ConditionNode konversioNode(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            problem(path, "conditions nest deeper than " + MAX_DEPTH + " levels");
            return null;
        }
        if (!node.isObject()) {
            problem(path, "expected a condition or an all / any / not group, got " + kind(node));
            return null;
        }
        if (node.has("attribute_key")) {
            return leaf(node, path, false);
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        if (keys.size() != 1 || !List.of("all", "any", "not").contains(keys.get(0))) {
            problem(path, "expected a condition (with attribute_key) or exactly one of all / any / not, got keys "
                    + keys);
            return null;
        }
        String key = keys.get(0);
        String childPath = path + "." + key;
        JsonNode value = node.get(key);
        if (key.equals("not")) {
            ConditionNode child = konversioNode(value, childPath, depth + 1);
            return child == null ? null : ConditionGroup.not(child);
        }
        if (!value.isArray()) {
            problem(childPath, key + " must be an array of conditions, got " + kind(value));
            return null;
        }
        List<ConditionNode> children = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < value.size(); i++) {
            ConditionNode child = konversioNode(value.get(i), childPath + "[" + i + "]", depth + 1);
            if (child == null) {
                ok = false;
            } else {
                children.add(child);
            }
        }
        if (!ok) {
            return null;
        }
        return key.equals("all") ? ConditionGroup.all(children) : ConditionGroup.any(children);
    }

    private @Nullable Condition leaf(JsonNode node, String path, boolean chatwoot) {
        if (!node.isObject()) {
            problem(path, "expected a condition object, got " + kind(node));
            return null;
        }
        int start = problems.size();
        String attribute = text(node, "attribute_key", true, path);
        if (attribute != null && attribute.isEmpty()) {
            problem(path + ".attribute_key", "attribute_key must not be empty");
        }
        String opCode = text(node, "filter_operator", true, path);
        Operator op = null;
        if (opCode != null) {
            op = Operator.fromCode(opCode).orElse(null);
            if (op == null) {
                problem(path + ".filter_operator", "unknown operator '" + opCode + "'; expected one of "
                        + codes(Operator.values()));
            }
        }
        if (!chatwoot && node.has("query_operator")) {
            problem(path + ".query_operator", "query_operator belongs to the flat Chatwoot form; "
                    + "in nested form use all / any groups");
        }
        CustomAttributeModel model = null;
        String type = text(node, "custom_attribute_type", false, path);
        if (type != null && !type.isEmpty()) {
            model = CustomAttributeModel.fromCode(type).orElse(null);
            if (model == null) {
                problem(path + ".custom_attribute_type", "unknown custom_attribute_type '" + type
                        + "'; expected conversation_attribute or contact_attribute");
            }
        } else if (attribute != null && StandardAttribute.fromKey(attribute).isEmpty()) {
            model = CustomAttributeModel.CONVERSATION; // Chatwoot's default for an unqualified custom key
        }
        List<String> values = List.of();
        AttributeChange change = null;
        JsonNode valuesNode = node.get("values");
        if (op == Operator.ATTRIBUTE_CHANGED) {
            change = change(valuesNode, path + ".values");
        } else if (valuesNode != null && !valuesNode.isNull()) {
            values = scalars(valuesNode, path + ".values");
        }
        if (problems.size() > start || attribute == null || op == null) {
            return null;
        }
        Condition condition = new Condition(attribute, op, values, change, model);
        paths.put(condition, path);
        return condition;
    }

    private @Nullable AttributeChange change(@Nullable JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            problem(path, "attribute_changed needs values {\"from\": [...], \"to\": [...]}");
            return null;
        }
        JsonNode from = node.get("from");
        JsonNode to = node.get("to");
        List<String> f = from == null || from.isNull() ? List.of() : scalars(from, path + ".from");
        List<String> t = to == null || to.isNull() ? List.of() : scalars(to, path + ".to");
        return new AttributeChange(f, t);
    }

    private List<String> scalars(JsonNode node, String path) {
        if (!node.isArray()) {
            if (node.isValueNode()) {
                return List.of(node.asText()); // tolerate a bare scalar
            }
            problem(path, "values must be an array, got " + kind(node));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode v = node.get(i);
            if (v.isTextual() || v.isNumber() || v.isBoolean()) {
                out.add(v.asText());
            } else {
                problem(path + "[" + i + "]", "a value must be a string, number or boolean, got " + kind(v));
            }
        }
        return out;
    }

    private List<RuleAction> actions(@Nullable JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problem(path, "actions must be an array, got " + kind(node));
            return List.of();
        }
        List<RuleAction> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                problem(p, "expected an action object, got " + kind(item));
                continue;
            }
            String name = text(item, "action_name", true, p);
            JsonNode params = item.get("action_params");
            List<Object> ps = new ArrayList<>();
            if (params != null && !params.isNull()) {
                if (params.isArray()) {
                    for (int j = 0; j < params.size(); j++) {
                        Object v = javaValue(params.get(j), p + ".action_params[" + j + "]");
                        if (v != null) {
                            ps.add(v);
                        }
                    }
                } else {
                    problem(p + ".action_params", "action_params must be an array, got " + kind(params));
                }
            }
            if (name != null) {
                out.add(new RuleAction(name, ps));
            }
        }
        return out;
    }

    private @Nullable Object javaValue(JsonNode v, String path) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                Object item = javaValue(v.get(i), path + "[" + i + "]");
                if (item != null) {
                    list.add(item);
                }
            }
            return list;
        }
        if (v.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            v.fields().forEachRemaining(e -> {
                Object item = javaValue(e.getValue(), path + "." + e.getKey());
                if (item != null) {
                    map.put(e.getKey(), item);
                }
            });
            return map;
        }
        problem(path, "a param must not be " + kind(v));
        return null;
    }

    private @Nullable String text(JsonNode obj, String field, boolean required) {
        return text(obj, field, required, root);
    }

    private @Nullable String text(JsonNode obj, String field, boolean required, String path) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(path + "." + field, field + " is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            problem(path + "." + field, field + " must be a string, got " + kind(v));
            return null;
        }
        return v.textValue();
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String codes(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v instanceof RuleEvent e ? e.code() : ((Operator) v).code());
        }
        return String.join(", ", out);
    }

    private void problem(String path, String message) {
        problems.add(new RuleProblem(path, message));
    }
}
