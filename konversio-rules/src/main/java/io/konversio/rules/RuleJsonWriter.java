package io.konversio.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes rules in Konversio's JSON form; stateless. */
final class RuleJsonWriter {
    private RuleJsonWriter() {
    }

    static ObjectNode rule(ObjectMapper mapper, AutomationRule rule) {
        ObjectNode out = mapper.createObjectNode();
        rule.id().ifPresent(id -> out.put("id", id.value()));
        out.put("account_id", rule.accountId());
        out.put("name", rule.name());
        out.put("description", rule.description());
        out.put("event_name", rule.event().code());
        out.put("active", rule.enabled());
        out.put("position", rule.position());
        out.set("conditions", node(mapper, rule.conditions()));
        ArrayNode actions = out.putArray("actions");
        for (RuleAction action : rule.actions()) {
            ObjectNode a = actions.addObject();
            a.put("action_name", action.name());
            ArrayNode params = a.putArray("action_params");
            action.params().forEach(p -> add(params, p));
        }
        return out;
    }

    static ObjectNode node(ObjectMapper mapper, ConditionNode node) {
        ObjectNode out = mapper.createObjectNode();
        if (node instanceof ConditionGroup group) {
            if (group.kind() == ConditionGroup.Kind.NOT) {
                out.set("not", node(mapper, group.children().get(0)));
            } else {
                ArrayNode children = out.putArray(group.kind().key());
                group.children().forEach(c -> children.add(node(mapper, c)));
            }
            return out;
        }
        Condition c = (Condition) node;
        out.put("attribute_key", c.attribute());
        out.put("filter_operator", c.operator().code());
        if (c.change() != null) {
            ObjectNode values = out.putObject("values");
            strings(values.putArray("from"), c.change().from());
            strings(values.putArray("to"), c.change().to());
        } else {
            strings(out.putArray("values"), c.values());
        }
        if (c.customAttributeType() != null) {
            out.put("custom_attribute_type", c.customAttributeType().code());
        }
        return out;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void add(ArrayNode array, Object value) {
        if (value instanceof String s) {
            array.add(s);
        } else if (value instanceof Long l) {
            array.add(l);
        } else if (value instanceof BigDecimal d) {
            array.add(d);
        } else if (value instanceof Boolean b) {
            array.add(b);
        } else if (value instanceof List<?> list) {
            ArrayNode inner = array.addArray();
            list.forEach(v -> add(inner, v));
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode obj = array.addObject();
            map.forEach((k, v) -> {
                ArrayNode holder = obj.arrayNode();
                add(holder, v);
                obj.set(String.valueOf(k), holder.get(0));
            });
        } else {
            throw new IllegalStateException("unexpected param " + value);
        }
    }
}
