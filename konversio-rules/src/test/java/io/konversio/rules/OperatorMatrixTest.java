package io.konversio.rules;

import static io.konversio.rules.Operator.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operator on every attribute type, through the Drools engine and through explain. */
class OperatorMatrixTest {
    private static final RuleEngine ENGINE = RuleEngine.builder().references(new TestReferences()).build();
    private static final List<Case> CASES = cases();

    record Case(String name, Condition condition, UnaryOperator<ConversationFact.Builder> fact, boolean expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases_() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases_")
    void operatorHoldsExactlyWhenExpected(Case c) {
        ConversationFact fact = c.fact().apply(Facts.message("base")).build();
        AutomationRule rule = Facts.rule(1, 0, RuleEvent.MESSAGE_CREATED).allOf(c.condition())
                .action(RuleAction.of("add_label", "vip")).build();
        long account = 1000 + CASES.indexOf(c);
        ENGINE.replaceRules(account, List.of(rule.toBuilder().accountId(account).build()));

        EvaluationResult result = ENGINE.evaluate(fact.toBuilder().accountId(account).build());

        assertThat(!result.matchedRules().isEmpty()).as("engine").isEqualTo(c.expected());
        assertThat(ENGINE.explain(rule, fact).matches()).as("explain").isEqualTo(c.expected());
        assertThat(RuleValidator.of(Facts.ACCOUNT, new TestReferences()).problems(rule)).as("validation").isEmpty();
        ENGINE.evict(account);
    }

    @Test
    void everyAllowedOperatorOfEveryAttributeIsCovered() {
        Set<String> covered = new HashSet<>();
        for (Case c : CASES) {
            String type = c.condition().isCustom()
                    ? new TestReferences().customAttribute(Facts.ACCOUNT, c.condition().customAttributeType(),
                    c.condition().attribute()).orElseThrow().code()
                    : c.condition().attribute();
            covered.add(type + "/" + c.condition().operator().code());
        }
        List<String> missing = new ArrayList<>();
        for (StandardAttribute a : StandardAttribute.values()) {
            a.operators().forEach(op -> {
                if (!covered.contains(a.key() + "/" + op.code())) {
                    missing.add(a.key() + "/" + op.code());
                }
            });
        }
        for (AttributeType t : AttributeType.values()) {
            t.operators().forEach(op -> {
                if (!covered.contains(t.code() + "/" + op.code())) {
                    missing.add(t.code() + "/" + op.code());
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aContactAttributeChangedConditionSavedBeforeItWasRefusedNeverReadsAConversationChange() {
        // "tier" is a contact attribute here; the fact's changes are the conversation's, one of them keyed "tier"
        AutomationRule contact = Facts.rule(1, 0, RuleEvent.MESSAGE_CREATED).accountId(999)
                .allOf(new Condition("tier", ATTRIBUTE_CHANGED, List.of(), new AttributeChange(List.of(), List.of()),
                        CustomAttributeModel.CONTACT))
                .action(RuleAction.of("add_label", "vip")).build();
        ENGINE.replaceRules(999, List.of(contact));
        ConversationFact fact = Facts.message("base").accountId(999).changed("tier", "silver", "gold").build();

        assertThat(ENGINE.evaluate(fact).matchedRules()).isEmpty();
        assertThat(ENGINE.explain(contact, fact).matches()).isFalse();
        ENGINE.evict(999);
    }

    private static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        text(out, "content", (b, v) -> b.content(v));
        text(out, "email", (b, v) -> b.email(v));
        text(out, "phone_number", (b, v) -> b.phoneNumber(v));
        text(out, "country_code", (b, v) -> b.countryCode(v));
        text(out, "city", (b, v) -> b.city(v));
        text(out, "company", (b, v) -> b.company(v));
        text(out, "browser_language", (b, v) -> b.browserLanguage(v));
        text(out, "conversation_language", (b, v) -> b.conversationLanguage(v));
        text(out, "referer", (b, v) -> b.referer(v));
        text(out, "mail_subject", (b, v) -> b.mailSubject(v));

        add(out, Condition.of("status", EQUAL_TO, "open"), b -> b, true);
        add(out, Condition.of("status", EQUAL_TO, "pending", "resolved"), b -> b, false);
        add(out, Condition.of("status", EQUAL_TO, "pending", "resolved"), b -> b.status("resolved"), true);
        add(out, Condition.of("status", NOT_EQUAL_TO, "resolved"), b -> b, true);
        add(out, Condition.of("status", NOT_EQUAL_TO, "open"), b -> b, false);
        changed(out, "status", "open", "resolved", "snoozed");

        add(out, Condition.of("priority", EQUAL_TO, "high"), b -> b.priority("high"), true);
        add(out, Condition.of("priority", EQUAL_TO, "nil"), b -> b, true);
        add(out, Condition.of("priority", EQUAL_TO, "high"), b -> b.priority("low"), false);
        add(out, Condition.of("priority", NOT_EQUAL_TO, "urgent", "high"), b -> b.priority("low"), true);
        add(out, Condition.of("priority", NOT_EQUAL_TO, "low"), b -> b.priority("low"), false);
        add(out, Condition.of("priority", IS_PRESENT), b -> b.priority("low"), true);
        add(out, Condition.of("priority", IS_PRESENT), b -> b, false);
        add(out, Condition.of("priority", IS_NOT_PRESENT), b -> b, true);
        changed(out, "priority", "low", "urgent", "medium");

        add(out, Condition.of("message_type", EQUAL_TO, "incoming"), b -> b, true);
        add(out, Condition.of("message_type", EQUAL_TO, "outgoing"), b -> b, false);
        add(out, Condition.of("message_type", NOT_EQUAL_TO, "outgoing", "activity"), b -> b, true);
        add(out, Condition.of("message_type", NOT_EQUAL_TO, "incoming"), b -> b, false);

        id(out, "assignee_id", (b, v) -> b.assigneeId(v), "2", "3");
        id(out, "team_id", (b, v) -> b.teamId(v), "10", "11");
        add(out, Condition.of("inbox_id", EQUAL_TO, "101"), b -> b, true);
        add(out, Condition.of("inbox_id", EQUAL_TO, "102", "103"), b -> b, false);
        add(out, Condition.of("inbox_id", EQUAL_TO, "102", "101"), b -> b, true);
        add(out, Condition.of("inbox_id", NOT_EQUAL_TO, "101"), b -> b, false);
        add(out, Condition.of("inbox_id", NOT_EQUAL_TO, "102"), b -> b, true);
        add(out, Condition.of("inbox_id", IS_PRESENT), b -> b, true);
        add(out, Condition.of("inbox_id", IS_NOT_PRESENT), b -> b, false);
        changed(out, "inbox_id", "100", "101", "102");

        add(out, Condition.of("labels", EQUAL_TO, "vip", "sales"), b -> b.label("Sales"), true);
        add(out, Condition.of("labels", EQUAL_TO, "vip"), b -> b.label("sales"), false);
        add(out, Condition.of("labels", NOT_EQUAL_TO, "vip", "spam"), b -> b.label("sales"), true);
        add(out, Condition.of("labels", NOT_EQUAL_TO, "vip", "spam"), b -> b.label("sales").label("spam"), false);
        add(out, Condition.of("labels", IS_PRESENT), b -> b.label("x"), true);
        add(out, Condition.of("labels", IS_PRESENT), b -> b, false);
        add(out, Condition.of("labels", IS_NOT_PRESENT), b -> b, true);

        add(out, Condition.of("business_hours", EQUAL_TO, "inside"), b -> b.inBusinessHours(true), true);
        add(out, Condition.of("business_hours", EQUAL_TO, "outside"), b -> b.inBusinessHours(true), false);
        add(out, Condition.of("business_hours", EQUAL_TO, "outside"), b -> b.inBusinessHours(false), true);
        add(out, Condition.of("business_hours", EQUAL_TO, "outside"), b -> b.inBusinessHours(null), false);
        add(out, Condition.of("business_hours", NOT_EQUAL_TO, "inside"), b -> b.inBusinessHours(false), true);
        add(out, Condition.of("business_hours", NOT_EQUAL_TO, "inside"), b -> b.inBusinessHours(true), false);
        add(out, Condition.of("business_hours", IS_PRESENT), b -> b.inBusinessHours(false), true);
        add(out, Condition.of("business_hours", IS_NOT_PRESENT), b -> b.inBusinessHours(null), true);

        for (CustomAttributeModel model : CustomAttributeModel.values()) {
            boolean contact = model == CustomAttributeModel.CONTACT;
            custom(out, model, contact ? "nickname" : "note", "Hello World", AttributeType.TEXT);
            custom(out, model, contact ? "homepage" : "site", "https://Example.com/pricing", AttributeType.LINK);
            custom(out, model, contact ? "tier" : "plan", "Gold", AttributeType.LIST);
            custom(out, model, contact ? "age" : "order_total", 150L, AttributeType.NUMBER);
            custom(out, model, contact ? "signup" : "renewal", LocalDate.of(2026, 5, 1), AttributeType.DATE);
            custom(out, model, contact ? "beta" : "vip", Boolean.TRUE, AttributeType.CHECKBOX);
        }
        return List.copyOf(out);
    }

    private interface Setter<T> {
        ConversationFact.Builder set(ConversationFact.Builder b, T value);
    }

    private static void text(List<Case> out, String key, Setter<String> set) {
        UnaryOperator<ConversationFact.Builder> hello = b -> set.set(b, "Hello World");
        UnaryOperator<ConversationFact.Builder> absent = b -> set.set(b, null);
        add(out, Condition.of(key, EQUAL_TO, "hello world"), hello, true);
        add(out, Condition.of(key, EQUAL_TO, "hello", "x"), hello, false);
        add(out, Condition.of(key, NOT_EQUAL_TO, "hello"), hello, true);
        add(out, Condition.of(key, NOT_EQUAL_TO, "HELLO WORLD"), hello, false);
        add(out, Condition.of(key, NOT_EQUAL_TO, "hello"), absent, true);
        add(out, Condition.of(key, CONTAINS, "WORLD"), hello, true);
        add(out, Condition.of(key, CONTAINS, "xyz", "lo w"), hello, true);
        add(out, Condition.of(key, CONTAINS, "xyz"), hello, false);
        add(out, Condition.of(key, CONTAINS, "x"), absent, false);
        add(out, Condition.of(key, DOES_NOT_CONTAIN, "xyz", "abc"), hello, true);
        add(out, Condition.of(key, DOES_NOT_CONTAIN, "xyz", "world"), hello, false);
        add(out, Condition.of(key, DOES_NOT_CONTAIN, "x"), absent, true);
        add(out, Condition.of(key, STARTS_WITH, "HEL"), hello, true);
        add(out, Condition.of(key, STARTS_WITH, "world"), hello, false);
        add(out, Condition.of(key, IS_PRESENT), hello, true);
        add(out, Condition.of(key, IS_PRESENT), absent, false);
        add(out, Condition.of(key, IS_NOT_PRESENT), absent, true);
        add(out, Condition.of(key, IS_NOT_PRESENT), hello, false);
        // a contact's changes reach no event: validation refuses attribute_changed on its attributes
        if (!key.equals("content") && !StandardAttribute.fromKey(key).orElseThrow().isContactAttribute()) {
            changed(out, key, "a", "b");
        }
    }

    private static void id(List<Case> out, String key, Setter<Long> set, String known, String other) {
        long id = Long.parseLong(known);
        add(out, Condition.of(key, EQUAL_TO, known, other), b -> set.set(b, id), true);
        add(out, Condition.of(key, EQUAL_TO, other), b -> set.set(b, id), false);
        add(out, Condition.of(key, EQUAL_TO, known), b -> set.set(b, null), false);
        add(out, Condition.of(key, NOT_EQUAL_TO, known), b -> set.set(b, null), true);
        add(out, Condition.of(key, NOT_EQUAL_TO, known), b -> set.set(b, id), false);
        add(out, Condition.of(key, IS_PRESENT), b -> set.set(b, id), true);
        add(out, Condition.of(key, IS_NOT_PRESENT), b -> set.set(b, id), false);
        add(out, Condition.of(key, IS_NOT_PRESENT), b -> set.set(b, null), true);
        out.add(new Case(key + " attribute_changed nil->" + known,
                Condition.changed(key, List.of("nil"), List.of(known)),
                b -> set.set(b, id).changed(key, null, id), true));
    }

    private static void changed(List<Case> out, String key, String from, String to) {
        changed(out, key, from, to, "other");
    }

    private static void changed(List<Case> out, String key, String from, String to, String other) {
        out.add(new Case(key + " attribute_changed " + from + "->" + to,
                Condition.changed(key, List.of(from, other), List.of(to)), b -> b.changed(key, from, to), true));
        out.add(new Case(key + " attribute_changed to-only",
                Condition.changed(key, List.of(), List.of(to)), b -> b.changed(key, from, to), true));
        out.add(new Case(key + " attribute_changed wrong from",
                Condition.changed(key, List.of(other), List.of(to)), b -> b.changed(key, from, to), false));
        out.add(new Case(key + " attribute_changed not changed",
                Condition.changed(key, List.of(from), List.of(to)), b -> b, false));
    }

    private static void custom(List<Case> out, CustomAttributeModel model, String key, Object value,
                               AttributeType type) {
        UnaryOperator<ConversationFact.Builder> set = model == CustomAttributeModel.CONTACT
                ? b -> b.contactAttribute(key, value) : b -> b.conversationAttribute(key, value);
        UnaryOperator<ConversationFact.Builder> unset = b -> b;
        String p = model.code() + ":" + type.code() + ":" + key + " ";
        switch (type) {
            case TEXT, LINK -> {
                String v = (String) value;
                c(out, p, model, key, EQUAL_TO, set, true, v.toUpperCase());
                c(out, p, model, key, EQUAL_TO, set, false, "nope");
                c(out, p, model, key, NOT_EQUAL_TO, unset, true, "x");
                c(out, p, model, key, NOT_EQUAL_TO, set, false, v);
                c(out, p, model, key, CONTAINS, set, true, v.substring(2, 7).toLowerCase());
                c(out, p, model, key, CONTAINS, unset, false, "x");
                c(out, p, model, key, DOES_NOT_CONTAIN, set, true, "zzz");
                c(out, p, model, key, DOES_NOT_CONTAIN, set, false, v.substring(1, 4));
                c(out, p, model, key, STARTS_WITH, set, true, v.substring(0, 3));
                c(out, p, model, key, STARTS_WITH, set, false, v.substring(3, 6));
            }
            case LIST -> {
                c(out, p, model, key, EQUAL_TO, set, true, "silver", "gold");
                c(out, p, model, key, EQUAL_TO, set, false, "silver");
                c(out, p, model, key, NOT_EQUAL_TO, set, true, "silver");
                c(out, p, model, key, NOT_EQUAL_TO, unset, true, "gold");
                c(out, p, model, key, NOT_EQUAL_TO, set, false, "Gold");
            }
            case NUMBER -> {
                c(out, p, model, key, EQUAL_TO, set, true, "150.0");
                c(out, p, model, key, EQUAL_TO, set, false, "151");
                c(out, p, model, key, NOT_EQUAL_TO, unset, true, "150");
                c(out, p, model, key, NOT_EQUAL_TO, set, false, "150");
                c(out, p, model, key, IS_GREATER_THAN, set, true, "99.5");
                c(out, p, model, key, IS_GREATER_THAN, set, false, "150");
                c(out, p, model, key, IS_GREATER_THAN, unset, false, "1");
                c(out, p, model, key, IS_LESS_THAN, set, true, "200");
                c(out, p, model, key, IS_LESS_THAN, set, false, "150");
                changed(out, p, model, key, List.of("5"), List.of("7.50"), new BigDecimal("5.00"),
                        new BigDecimal("7.5"), true);
                changed(out, p, model, key, List.of("nil"), List.of("150"), null, new BigDecimal("150.0"), true);
                changed(out, p, model, key, List.of("5"), List.of(), new BigDecimal("5"), new BigDecimal("5.00"),
                        false);
                changed(out, p, model, key, List.of(), List.of("5"), "5", new BigDecimal("5.000"), false);
                changed(out, p, model, key, List.of("6"), List.of(), new BigDecimal("5"), new BigDecimal("7"), false);
            }
            case DATE -> {
                c(out, p, model, key, EQUAL_TO, set, true, "2026-05-01");
                c(out, p, model, key, EQUAL_TO, set, false, "2026-05-02");
                c(out, p, model, key, NOT_EQUAL_TO, unset, true, "2026-05-01");
                c(out, p, model, key, NOT_EQUAL_TO, set, false, "2026-05-01");
                c(out, p, model, key, IS_GREATER_THAN, set, true, "2026-04-30");
                c(out, p, model, key, IS_GREATER_THAN, set, false, "2026-05-01");
                c(out, p, model, key, IS_LESS_THAN, set, true, "2026-05-02");
                c(out, p, model, key, IS_LESS_THAN, set, false, "2026-05-01");
                c(out, p, model, key, DAYS_BEFORE, set, true, "30");
                c(out, p, model, key, DAYS_BEFORE, set, false, "40");
                c(out, p, model, key, DAYS_BEFORE, unset, false, "1");
            }
            case CHECKBOX -> {
                c(out, p, model, key, EQUAL_TO, set, true, "true");
                c(out, p, model, key, EQUAL_TO, set, false, "false");
                c(out, p, model, key, NOT_EQUAL_TO, set, true, "false");
                c(out, p, model, key, NOT_EQUAL_TO, unset, true, "true");
                c(out, p, model, key, NOT_EQUAL_TO, set, false, "true");
            }
        }
        c(out, p, model, key, IS_PRESENT, set, true);
        c(out, p, model, key, IS_PRESENT, unset, false);
        c(out, p, model, key, IS_NOT_PRESENT, unset, true);
        c(out, p, model, key, IS_NOT_PRESENT, set, false);
        if (model != CustomAttributeModel.CONTACT) {
            out.add(new Case(p + "attribute_changed", new Condition(key, ATTRIBUTE_CHANGED, List.of(),
                    new AttributeChange(List.of("nil"), List.of(String.valueOf(value))), model),
                    b -> b.changed(key, null, value), true));
        }
    }

    /** A custom {@code attribute_changed} condition against a change from {@code before} to {@code after}. */
    private static void changed(List<Case> out, String prefix, CustomAttributeModel model, String key,
                                List<String> from, List<String> to, Object before, Object after, boolean expected) {
        if (model == CustomAttributeModel.CONTACT) {
            return; // refused by validation (RuleValidatorTest): a contact's changes reach no event
        }
        out.add(new Case(prefix + "attribute_changed " + from + " " + to + " on " + before + " -> " + after + " -> "
                + expected + " #" + out.size(), new Condition(key, ATTRIBUTE_CHANGED, List.of(),
                new AttributeChange(from, to), model), b -> b.changed(key, before, after), expected));
    }

    private static void c(List<Case> out, String prefix, CustomAttributeModel model, String key, Operator op,
                          UnaryOperator<ConversationFact.Builder> fact, boolean expected, String... values) {
        add(out, prefix, Condition.custom(model, key, op, values), fact, expected);
    }

    private static void add(List<Case> out, Condition c, UnaryOperator<ConversationFact.Builder> fact,
                            boolean expected) {
        add(out, c.attribute() + " ", c, fact, expected);
    }

    private static void add(List<Case> out, String prefix, Condition c,
                            UnaryOperator<ConversationFact.Builder> fact, boolean expected) {
        out.add(new Case(prefix + c.operator().code() + " " + c.values() + " -> " + expected + " #" + out.size(),
                c, fact, expected));
    }
}
