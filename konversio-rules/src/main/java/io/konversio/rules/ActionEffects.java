package io.konversio.rules;

import java.util.List;

/** The expected effect of each action on a {@link ConversationFact}; stateless. */
final class ActionEffects {
    private ActionEffects() {
    }

    static ConversationFact apply(ConversationFact fact, RuleAction action) {
        ActionType type = ActionType.fromCode(action.name()).orElse(null);
        if (type == null) {
            return fact;
        }
        return switch (type) {
            case ADD_LABEL, REMOVE_LABEL -> {
                FoldedLabels labels = FoldedLabels.of(fact.labels()); // the fact's own set: no copy
                for (Object p : action.params()) {
                    String label = io.konversio.rules.internal.Text.fold(String.valueOf(p));
                    labels = type == ActionType.ADD_LABEL ? labels.with(label) : labels.without(label);
                }
                yield labels == fact.labels() ? fact : fact.withLabels(labels);
            }
            case ASSIGN_AGENT -> fact.toBuilder().assigneeId(idOrNull(first(action))).build();
            case ASSIGN_TEAM -> fact.toBuilder().teamId(idOrNull(first(action))).build();
            case CHANGE_STATUS -> fact.toBuilder().status(first(action)).build();
            case RESOLVE_CONVERSATION, MUTE_CONVERSATION -> fact.toBuilder().status("resolved").build();
            case OPEN_CONVERSATION -> fact.toBuilder().status("open").build();
            case SNOOZE_CONVERSATION -> fact.toBuilder().status("snoozed").build();
            case CHANGE_PRIORITY -> fact.toBuilder().priority(first(action)).build();
            default -> fact;
        };
    }

    /** The first param as trimmed text; empty when there is none. */
    private static String first(RuleAction action) {
        List<String> params = action.textParams();
        return params.isEmpty() ? "" : params.get(0).trim();
    }

    private static @org.jspecify.annotations.Nullable Long idOrNull(String v) {
        if (v.isEmpty() || v.equals("nil") || v.equals("0")) {
            return null;
        }
        return Long.valueOf(v);
    }
}
