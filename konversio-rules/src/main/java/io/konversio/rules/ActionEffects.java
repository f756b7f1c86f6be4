package io.konversio.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The expected effect of each action on a {@link ConversationFact}; stateless. */
final class ActionEffects {
    private ActionEffects() {
    }

    static ConversationFact apply(ConversationFact fact, RuleAction action) {
        ActionType type = ActionType.fromCode(action.name()).orElse(null);
        if (type == null) {
            return fact;
        }
        List<String> params = action.textParams();
        String first = params.isEmpty() ? "" : params.get(0).trim();
        return switch (type) {
            case ADD_LABEL, REMOVE_LABEL -> {
                Set<String> labels = new LinkedHashSet<>(fact.labels());
                for (String p : params) {
                    String label = io.konversio.rules.internal.Text.fold(p);
                    if (type == ActionType.ADD_LABEL) {
                        labels.add(label);
                    } else {
                        labels.remove(label);
                    }
                }
                yield labels.equals(fact.labels()) ? fact : fact.toBuilder().labels(labels).build();
            }
            case ASSIGN_AGENT -> fact.toBuilder().assigneeId(idOrNull(first)).build();
            case ASSIGN_TEAM -> fact.toBuilder().teamId(idOrNull(first)).build();
            case CHANGE_STATUS -> fact.toBuilder().status(first).build();
            case RESOLVE_CONVERSATION, MUTE_CONVERSATION -> fact.toBuilder().status("resolved").build();
            case OPEN_CONVERSATION -> fact.toBuilder().status("open").build();
            case SNOOZE_CONVERSATION -> fact.toBuilder().status("snoozed").build();
            case CHANGE_PRIORITY -> fact.toBuilder().priority(first).build();
            default -> fact;
        };
    }

    private static @org.jspecify.annotations.Nullable Long idOrNull(String v) {
        if (v.isEmpty() || v.equals("nil") || v.equals("0")) {
            return null;
        }
        return Long.valueOf(v);
    }
}
