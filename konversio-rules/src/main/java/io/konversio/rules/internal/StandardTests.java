package io.konversio.rules.internal;

import io.konversio.rules.ConversationFact;
import io.konversio.rules.Operator;
import io.konversio.rules.StandardAttribute;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Operators on the standard attributes; stateless. */
final class StandardTests {
    private StandardTests() {
    }

    static FactTest test(StandardAttribute a, Operator op, List<String> values) {
        return switch (a) {
            case ASSIGNEE_ID -> id(op, values, WorkingFact::getAssigneeId);
            case TEAM_ID -> id(op, values, WorkingFact::getTeamId);
            case INBOX_ID -> id(op, values, WorkingFact::getInboxId);
            case LABELS -> labels(op, values);
            case STATUS -> TextTests.test(op, values, WorkingFact::getStatus);
            case MESSAGE_TYPE -> TextTests.test(op, values, w -> w.getData().messageType());
            case PRIORITY -> priority(op, values);
            case BUSINESS_HOURS -> TextTests.test(op, values, StandardTests::businessHours);
            default -> {
                Function<ConversationFact, @Nullable String> raw = text(a);
                if (raw == null) {
                    throw new IllegalArgumentException("not a text attribute: " + a.key());
                }
                yield TextTests.test(op, values, w -> w.folded(a, raw.apply(w.getData())));
            }
        };
    }

    private static @Nullable String businessHours(WorkingFact w) {
        Boolean inside = w.getData().inBusinessHours();
        return inside == null ? null : inside ? "inside" : "outside";
    }

    private static FactTest priority(Operator op, List<String> values) {
        List<String> normalized = values.stream().map(v -> v.equalsIgnoreCase("nil") ? "none" : v).toList();
        return switch (op) {
            case IS_PRESENT -> w -> !w.getPriority().equals("none");
            case IS_NOT_PRESENT -> w -> w.getPriority().equals("none");
            default -> TextTests.test(op, normalized, WorkingFact::getPriority);
        };
    }

    private static FactTest id(Operator op, List<String> values,
                                             Function<WorkingFact, @Nullable Long> value) {
        Set<Long> ids = new HashSet<>();
        for (String v : values) {
            try {
                ids.add(Long.parseLong(v.trim()));
            } catch (NumberFormatException e) {
                // rejected by validation; an unparsable id matches nothing
            }
        }
        Set<Long> frozen = Set.copyOf(ids);
        FactTest equal = w -> {
            Long x = value.apply(w);
            return x != null && frozen.contains(x);
        };
        FactTest present = w -> value.apply(w) != null;
        return switch (op) {
            case EQUAL_TO -> equal;
            case NOT_EQUAL_TO -> equal.negate();
            case IS_PRESENT -> present;
            case IS_NOT_PRESENT -> present.negate();
            default -> throw new IllegalArgumentException("operator " + op.code() + " is not an id operator");
        };
    }

    private static FactTest labels(Operator op, List<String> values) {
        String[] wanted = ConditionPredicates.foldAll(values).toArray(String[]::new);
        FactTest hasAny = w -> {
            Set<String> labels = w.foldedLabels();
            for (String v : wanted) {
                if (labels.contains(v)) {
                    return true;
                }
            }
            return false;
        };
        FactTest present = w -> !w.getLabels().isEmpty();
        return switch (op) {
            case EQUAL_TO -> hasAny;
            case NOT_EQUAL_TO -> hasAny.negate();
            case IS_PRESENT -> present;
            case IS_NOT_PRESENT -> present.negate();
            default -> throw new IllegalArgumentException("operator " + op.code() + " is not a label operator");
        };
    }

    /**
     * The raw value of a text attribute, whose operators compare its folded text ({@link TextTests}); null
     * when {@code a} is not one.
     */
    static @Nullable Function<ConversationFact, @Nullable String> text(StandardAttribute a) {
        return switch (a) {
            case CONTENT -> ConversationFact::content;
            case EMAIL -> ConversationFact::email;
            case PHONE_NUMBER -> ConversationFact::phoneNumber;
            case COUNTRY_CODE -> ConversationFact::countryCode;
            case CITY -> ConversationFact::city;
            case COMPANY -> ConversationFact::company;
            case BROWSER_LANGUAGE -> ConversationFact::browserLanguage;
            case CONVERSATION_LANGUAGE -> ConversationFact::conversationLanguage;
            case REFERER -> ConversationFact::referer;
            case MAIL_SUBJECT -> ConversationFact::mailSubject;
            default -> null;
        };
    }
}
