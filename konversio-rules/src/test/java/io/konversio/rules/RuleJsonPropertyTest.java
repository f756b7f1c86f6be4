package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Property-based round trips of the rule JSON. */
class RuleJsonPropertyTest {
    private static final RuleJson JSON = RuleJson.create();
    private static final Gen<String> TEXT = strings().allPossible().ofLengthBetween(0, 12)
            .mix(strings().basicLatinAlphabet().ofLengthBetween(1, 8), 50);
    private static final Gen<String> VALUE = TEXT.mix(integers().between(-5, 1_000_000).map((Integer i) -> String.valueOf(i)), 30);
    private static final Operator[] OPERATORS = Operator.values();
    private static final RuleEvent[] EVENTS = RuleEvent.values();

    @Test
    void exportThenImportGivesTheSameRule() {
        qt().withExamples(300).forAll(rules()).checkAssert(rule -> {
            String exported = JSON.write(rule);
            AutomationRule back = JSON.read(exported);
            assertThat(back).isEqualTo(rule);
            assertThat(JSON.write(back)).isEqualTo(exported);
        });
    }

    @Test
    void chatwootChainsKeepAndBeforeOrAndRoundTripAfterImport() {
        qt().withExamples(300).forAll(lists().of(booleans().all()).ofSizeBetween(1, 8),
                lists().of(booleans().all()).ofSizeBetween(8, 8)).checkAssert((joins, truth) -> {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode payload = mapper.createObjectNode().put("name", "chain").put("event_name", "message_created");
            ArrayNode conditions = payload.putArray("conditions");
            for (int i = 0; i < joins.size(); i++) {
                ObjectNode c = conditions.addObject().put("attribute_key", "content")
                        .put("filter_operator", "contains");
                c.putArray("values").add("k" + i);
                c.put("query_operator", i == joins.size() - 1 ? null : joins.get(i) ? "AND" : "OR");
            }
            payload.putArray("actions").addObject().put("action_name", "add_label").putArray("action_params").add("x");
            AutomationRule imported = JSON.read(payload.toString());

            // SQL precedence: the chain is an OR of AND-runs
            boolean expected = false;
            boolean run = true;
            for (int i = 0; i < joins.size(); i++) {
                run &= truth.get(i);
                boolean last = i == joins.size() - 1;
                if (last || !joins.get(i)) {
                    expected |= run;
                    run = true;
                }
            }
            assertThat(eval(imported.conditions(), truth)).isEqualTo(expected);
            assertThat(JSON.read(JSON.write(imported))).isEqualTo(imported);
        });
    }

    private static boolean eval(ConditionNode node, List<Boolean> truth) {
        if (node instanceof Condition c) {
            return truth.get(Integer.parseInt(c.values().get(0).substring(1)));
        }
        ConditionGroup g = (ConditionGroup) node;
        return switch (g.kind()) {
            case ALL -> g.children().stream().allMatch(n -> eval(n, truth));
            case ANY -> g.children().stream().anyMatch(n -> eval(n, truth));
            case NOT -> !eval(g.children().get(0), truth);
        };
    }

    static Gen<AutomationRule> rules() {
        return in -> {
            AutomationRule.Builder b = AutomationRule.builder()
                    .name(TEXT.generate(in))
                    .description(TEXT.generate(in))
                    .event(EVENTS[(int) in.next(org.quicktheories.impl.Constraint.between(0, EVENTS.length - 1))])
                    .accountId(between(in, 0, 1_000_000))
                    .enabled(between(in, 0, 1) == 1)
                    .position((int) between(in, 0, 10_000))
                    .conditions(group(in, 0));
            if (between(in, 0, 1) == 1) {
                b.id(between(in, 1, Long.MAX_VALUE - 1));
            }
            long actions = between(in, 0, 4);
            for (int i = 0; i < actions; i++) {
                b.action(new RuleAction(TEXT.generate(in), params(in, 0)));
            }
            return b.build();
        };
    }

    private static ConditionGroup group(RandomnessSource in, int depth) {
        long kind = between(in, 0, 2);
        if (kind == 2) {
            return ConditionGroup.not(node(in, depth + 1));
        }
        List<ConditionNode> children = new ArrayList<>();
        long n = depth > 2 ? between(in, 0, 2) : between(in, 0, 4);
        for (int i = 0; i < n; i++) {
            children.add(node(in, depth + 1));
        }
        return kind == 0 ? ConditionGroup.all(children) : ConditionGroup.any(children);
    }

    private static ConditionNode node(RandomnessSource in, int depth) {
        if (depth > 3 || between(in, 0, 2) > 0) {
            return leaf(in);
        }
        return group(in, depth);
    }

    private static Condition leaf(RandomnessSource in) {
        Operator op = OPERATORS[(int) between(in, 0, OPERATORS.length - 1)];
        boolean custom = between(in, 0, 1) == 1;
        String attribute = custom ? "c_" + TEXT.generate(in)
                : StandardAttribute.values()[(int) between(in, 0, StandardAttribute.values().length - 1)].key();
        CustomAttributeModel model = custom
                ? CustomAttributeModel.values()[(int) between(in, 0, 1)] : null;
        if (op == Operator.ATTRIBUTE_CHANGED) {
            return new Condition(attribute, op, List.of(), new AttributeChange(values(in), values(in)), model);
        }
        return new Condition(attribute, op, values(in), null, model);
    }

    private static List<String> values(RandomnessSource in) {
        List<String> out = new ArrayList<>();
        long n = between(in, 0, 3);
        for (int i = 0; i < n; i++) {
            out.add(VALUE.generate(in));
        }
        return out;
    }

    private static List<Object> params(RandomnessSource in, int depth) {
        List<Object> out = new ArrayList<>();
        long n = between(in, 0, 3);
        for (int i = 0; i < n; i++) {
            switch ((int) between(in, 0, depth > 1 ? 3 : 5)) {
                case 0 -> out.add(TEXT.generate(in));
                case 1 -> out.add(between(in, 0, Long.MAX_VALUE - 1) - Long.MAX_VALUE / 2);
                case 2 -> out.add(between(in, 0, 1) == 1);
                case 3 -> out.add(new BigDecimal(between(in, 0, 1_000_000)).movePointLeft((int) between(in, 1, 4)));
                case 4 -> out.add(params(in, depth + 1));
                default -> out.add(Map.of("team_ids", params(in, depth + 1), "message", TEXT.generate(in)));
            }
        }
        return out;
    }

    private static long between(RandomnessSource in, long min, long max) {
        return in.next(org.quicktheories.impl.Constraint.between(min, max));
    }
}
