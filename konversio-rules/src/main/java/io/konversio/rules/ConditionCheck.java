package io.konversio.rules;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.inbox.InboxId;
import io.konversio.rules.spi.RuleReferences;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates condition leaves for {@link RuleValidator}; single use, not thread-safe. */
final class ConditionCheck {
    private final AccountId account;
    private final RuleReferences references;
    private final RuleEvent event;
    private final List<RuleProblem> problems;

    ConditionCheck(AccountId account, RuleReferences references, RuleEvent event, List<RuleProblem> problems) {
        this.account = account;
        this.references = references;
        this.event = event;
        this.problems = problems;
    }

    void check(Condition c, String path) {
        Set<Operator> allowed;
        ValueCheck valueCheck;
        if (c.isCustom()) {
            CustomAttributeModel model = c.customAttributeType();
            Optional<AttributeType> type = references.customAttribute(account, model, c.attribute());
            if (type.isEmpty()) {
                problem(path + ".attribute_key", "unknown attribute '" + c.attribute() + "': no "
                        + (model == CustomAttributeModel.CONTACT ? "contact" : "conversation")
                        + " custom attribute has this key");
                return;
            }
            if (model == CustomAttributeModel.CONTACT && c.operator() == Operator.ATTRIBUTE_CHANGED) {
                contactChangeProblem(c, path);
                return;
            }
            allowed = type.get().operators();
            valueCheck = (v, p, op) -> customValue(type.get(), v, p, op);
        } else {
            Optional<StandardAttribute> attribute = StandardAttribute.fromKey(c.attribute());
            if (attribute.isEmpty()) {
                problem(path + ".attribute_key", "unknown attribute '" + c.attribute() + "'; expected one of "
                        + List.of(StandardAttribute.values()).stream().map(StandardAttribute::key)
                        .collect(Collectors.joining(", ")) + ", or a custom attribute");
                return;
            }
            StandardAttribute a = attribute.get();
            if ((a == StandardAttribute.CONTENT || a == StandardAttribute.MESSAGE_TYPE)
                    && event != RuleEvent.MESSAGE_CREATED) {
                problem(path + ".attribute_key", a.key() + " is only known for message_created rules, not "
                        + event.code());
            }
            if (a.isContactAttribute() && c.operator() == Operator.ATTRIBUTE_CHANGED) {
                contactChangeProblem(c, path);
                return;
            }
            allowed = a.operators();
            valueCheck = (v, p, op) -> standardValue(a, v, p);
        }
        if (!allowed.contains(c.operator())) {
            problem(path + ".filter_operator", "operator '" + c.operator().code() + "' is not allowed for "
                    + c.attribute() + "; allowed: " + allowed.stream().sorted().map(Operator::code)
                    .collect(Collectors.joining(", ")));
            return;
        }
        values(c, path, valueCheck);
    }

    /**
     * Events carry the changes of the conversation only (Chatwoot's {@code changed_attributes} too): a contact's
     * change raises none, so the condition could never hold, and a contact custom attribute would be compared with the
     * change of a conversation attribute of the same key.
     */
    private void contactChangeProblem(Condition c, String path) {
        problem(path + ".filter_operator", "attribute_changed is not allowed on the contact attribute '"
                + c.attribute() + "': events carry the conversation's changes only, so it could never hold");
    }

    private void values(Condition c, String path, ValueCheck valueCheck) {
        Operator op = c.operator();
        if (op.takesNoValues()) {
            return;
        }
        if (op == Operator.ATTRIBUTE_CHANGED) {
            AttributeChange change = c.change();
            if (change.from().isEmpty() && change.to().isEmpty()) {
                problem(path + ".values", "attribute_changed needs at least one from or to value");
            }
            each(change.from(), path + ".values.from", valueCheck, op);
            each(change.to(), path + ".values.to", valueCheck, op);
            return;
        }
        if (c.values().isEmpty()) {
            problem(path + ".values", "values are required for " + op.code());
            return;
        }
        if (op.takesOneValue() && c.values().size() != 1) {
            problem(path + ".values", op.code() + " takes exactly one value, got " + c.values().size());
            return;
        }
        each(c.values(), path + ".values", valueCheck, op);
    }

    private void each(List<String> values, String path, ValueCheck check, Operator op) {
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            String p = path + "[" + i + "]";
            if (v.isEmpty()) {
                problem(p, "a value must not be empty");
            } else if (!(op == Operator.ATTRIBUTE_CHANGED && v.equals("nil"))) {
                check.check(v, p, op);
            }
        }
    }

    private void standardValue(StandardAttribute a, String v, String path) {
        switch (a.kind()) {
            case CHOICE -> {
                if (!a.allowedValues().contains(v.toLowerCase(Locale.ROOT))) {
                    problem(path, "'" + v + "' is not a " + a.key() + "; expected one of "
                            + String.join(", ", a.allowedValues()));
                }
            }
            case ID -> {
                long id = parseId(v, path);
                if (id > 0 && !exists(a, id)) {
                    String what = a == StandardAttribute.ASSIGNEE_ID ? "agent"
                            : a == StandardAttribute.TEAM_ID ? "team" : "inbox";
                    problem(path, "unknown " + what + " id " + id);
                }
            }
            case LABELS -> {
                if (!references.labelExists(account, v.toLowerCase(Locale.ROOT))) {
                    problem(path, "unknown label '" + v + "'");
                }
            }
            case TEXT -> { }
        }
    }

    private boolean exists(StandardAttribute a, long id) {
        return switch (a) {
            case ASSIGNEE_ID -> references.agentExists(account, AgentId.of(id));
            case TEAM_ID -> references.teamExists(account, TeamId.of(id));
            default -> references.inboxExists(account, InboxId.of(id));
        };
    }

    private long parseId(String v, String path) {
        try {
            long id = Long.parseLong(v.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(path, "'" + v + "' is not an id (a positive whole number)");
        return -1;
    }

    private void customValue(AttributeType type, String v, String path, Operator op) {
        if (op == Operator.DAYS_BEFORE) {
            try {
                if (Integer.parseInt(v.trim()) < 0) {
                    problem(path, "days_before needs a number of days >= 0, got " + v);
                }
            } catch (NumberFormatException e) {
                problem(path, "days_before needs a whole number of days, got '" + v + "'");
            }
            return;
        }
        switch (type) {
            case NUMBER -> {
                try {
                    new BigDecimal(v.trim());
                } catch (NumberFormatException e) {
                    problem(path, "'" + v + "' is not a number");
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(v.trim());
                } catch (DateTimeParseException e) {
                    problem(path, "'" + v + "' is not a date (YYYY-MM-DD)");
                }
            }
            case CHECKBOX -> {
                if (!v.equals("true") && !v.equals("false")) {
                    problem(path, "'" + v + "' is not true or false");
                }
            }
            case TEXT, LINK, LIST -> { }
        }
    }

    private void problem(String path, String message) {
        problems.add(new RuleProblem(path, message));
    }

    @FunctionalInterface
    private interface ValueCheck {
        void check(String value, String path, Operator op);
    }
}
