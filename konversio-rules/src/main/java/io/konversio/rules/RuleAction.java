package io.konversio.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One action of a rule: Chatwoot's {@code {action_name, action_params}}. Immutable and thread-safe.
 *
 * <p>Params are JSON-like values: {@code String}, {@code Long}, {@code BigDecimal}, {@code Boolean},
 * {@code List} of these, or {@code Map<String, ?>} of these (for {@code send_email_to_team}); they are copied
 * into unmodifiable collections. The validator checks them per action (see {@link ActionType}).
 *
 * @param name   the action name, for example {@code add_label}
 * @param params the action's parameters, in order
 */
public record RuleAction(String name, List<Object> params) {
    public RuleAction {
        Objects.requireNonNull(name, "name");
        // a known name becomes its ActionType's own string, so finding the type on every firing compares it by
        // identity, not character by character
        name = ActionType.fromCode(name).map(ActionType::code).orElse(name);
        params = List.copyOf(params.stream().map(RuleAction::freeze).toList());
    }

    /** An action with the given parameters. */
    public static RuleAction of(String name, Object... params) {
        return new RuleAction(name, List.of(params));
    }

    /** An action with the given parameters. */
    public static RuleAction of(ActionType type, Object... params) {
        return of(type.code(), params);
    }

    /** The parameters as text, for actions whose params are all scalars. */
    public List<String> textParams() {
        String[] out = new String[params.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = String.valueOf(params.get(i));
        }
        return List.of(out);
    }

    static Object freeze(Object value) {
        Objects.requireNonNull(value, "action param");
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof String || value instanceof Long || value instanceof Boolean
                || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof List<?> list) {
            return List.copyOf(list.stream().map(RuleAction::freeze).toList());
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new java.util.LinkedHashMap<String, Object>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
            return java.util.Collections.unmodifiableMap(copy);
        }
        throw new IllegalArgumentException("unsupported action param type " + value.getClass().getName()
                + ": " + value);
    }
}
