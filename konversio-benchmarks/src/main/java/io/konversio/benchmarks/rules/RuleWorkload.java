package io.konversio.benchmarks.rules;

import io.konversio.rules.AutomationRule;
import io.konversio.rules.Condition;
import io.konversio.rules.ConditionGroup;
import io.konversio.rules.ConversationFact;
import io.konversio.rules.Operator;
import io.konversio.rules.RuleAction;
import io.konversio.rules.RuleEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The generated rules and events every engine in the benchmark runs: rule {@code i} triggers on
 * {@code message_created} or {@code conversation_created}, requires one of 50 inboxes and a keyword
 * {@code kw<i>x} (four shapes: contains; contains and labels has vip; contains and labels has no spam;
 * content or mail_subject contains), and adds a label. About half the events carry the keyword of a rule
 * whose trigger and inbox match. Immutable once built, so it is thread-safe; deterministic (seed 42).
 */
public final class RuleWorkload {
    static final int INBOXES = 50;
    private static final RuleEvent[] EVENTS = {RuleEvent.MESSAGE_CREATED, RuleEvent.CONVERSATION_CREATED};

    private final List<AutomationRule> rules;
    private final List<ConversationFact> events;

    private RuleWorkload(List<AutomationRule> rules, List<ConversationFact> events) {
        this.rules = List.copyOf(rules);
        this.events = List.copyOf(events);
    }

    /** {@code ruleCount} rules for account 1 whose action adds a label, and {@code eventCount} events. */
    public static RuleWorkload create(int ruleCount, int eventCount) {
        return create(ruleCount, eventCount, "add_label");
    }

    /**
     * As {@link #create(int, int)}, with each rule's action either {@code add_label} (changes the fact, so
     * later rules must be re-checked) or {@code send_message} (leaves the fact as it is).
     */
    public static RuleWorkload create(int ruleCount, int eventCount, String action) {
        return create(ruleCount, eventCount, action, "kw");
    }

    /**
     * As {@link #create(int, int, String)}, with keywords and filler text in one of two styles: {@code kw} (rule
     * {@code i} needs {@code kw<i>x}, the filler is {@code word<n>}: every keyword starts with the same letter, which
     * lets a scan skip nearly every character) or {@code words} (keywords and filler are distinct pronounceable
     * words of 4 to 9 letters, starting with any letter, as real keywords like "refund" and "invoice" do).
     */
    public static RuleWorkload create(int ruleCount, int eventCount, String action, String keywords) {
        if (!keywords.equals("kw") && !keywords.equals("words")) {
            throw new IllegalArgumentException("keywords: kw or words, not " + keywords);
        }
        List<String> vocabulary = keywords.equals("words") ? pseudoWords(ruleCount + 500) : null;
        List<AutomationRule> rules = new ArrayList<>();
        Map<String, List<Integer>> byTriggerAndInbox = new HashMap<>();
        for (int i = 0; i < ruleCount; i++) {
            RuleEvent event = EVENTS[i % 2];
            long inbox = (i / 2) % INBOXES + 1;
            String kw = vocabulary == null ? "kw" + i + "x" : vocabulary.get(i);
            Condition contains = Condition.of("content", Operator.CONTAINS, kw);
            Condition inboxIs = Condition.of("inbox_id", Operator.EQUAL_TO, Long.toString(inbox));
            ConditionGroup conditions = switch (i % 4) {
                case 0 -> ConditionGroup.all(inboxIs, contains);
                case 1 -> ConditionGroup.all(inboxIs, contains, Condition.of("labels", Operator.EQUAL_TO, "vip"));
                case 2 -> ConditionGroup.all(inboxIs, contains, Condition.of("labels", Operator.NOT_EQUAL_TO, "spam"));
                default -> ConditionGroup.all(inboxIs, ConditionGroup.any(contains,
                        Condition.of("mail_subject", Operator.CONTAINS, kw)));
            };
            rules.add(AutomationRule.builder().id(i + 1).accountId(1).name("r" + i).position(i).event(event)
                    .conditions(conditions).action(action.equals("add_label") ? RuleAction.of("add_label", "label-r" + i)
                            : RuleAction.of(action, "message from r" + i)).build());
            byTriggerAndInbox.computeIfAbsent(event.code() + "|" + inbox, k -> new ArrayList<>()).add(i);
        }
        Random random = new Random(42);
        Instant now = Instant.parse("2026-06-05T10:15:30Z");
        List<ConversationFact> events = new ArrayList<>();
        for (int e = 0; e < eventCount; e++) {
            RuleEvent event = EVENTS[random.nextInt(2)];
            long inbox = random.nextInt(INBOXES) + 1;
            int words = 13 + random.nextInt(26);
            StringBuilder content = new StringBuilder();
            List<Integer> candidates = byTriggerAndInbox.get(event.code() + "|" + inbox);
            int keywordAt = candidates != null && random.nextBoolean() ? random.nextInt(words) : -1;
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    content.append(' ');
                }
                if (w == keywordAt) {
                    int rule = candidates.get(random.nextInt(candidates.size()));
                    content.append(vocabulary == null ? "KW" + rule + "x"
                            : vocabulary.get(rule).toUpperCase(Locale.ROOT));
                } else {
                    content.append(vocabulary == null ? "word" + random.nextInt(500)
                            : vocabulary.get(ruleCount + random.nextInt(500)));
                }
            }
            ConversationFact.Builder fact = ConversationFact.builder().event(event).occurredAt(now).accountId(1)
                    .conversationId(e + 1).inboxId(inbox).content(content.toString()).messageType("incoming");
            if (random.nextInt(3) == 0) {
                fact.label("vip");
            }
            if (random.nextInt(4) == 0) {
                fact.label("spam");
            }
            events.add(fact.build());
        }
        return new RuleWorkload(rules, events);
    }

    /**
     * {@code n} distinct words of 2 to 4 consonant-vowel syllables (a fixed seed), none containing another: a keyword
     * is found only where it was put.
     */
    private static List<String> pseudoWords(int n) {
        String consonants = "bcdfghjklmnprstvwz";
        String vowels = "aeiou";
        Random random = new Random(7);
        LinkedHashSet<String> words = new LinkedHashSet<>();
        while (words.size() < n) {
            StringBuilder w = new StringBuilder();
            for (int syllables = 2 + random.nextInt(3); syllables > 0; syllables--) {
                w.append(consonants.charAt(random.nextInt(consonants.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length())));
            }
            String word = w.toString();
            if (words.stream().noneMatch(other -> other.contains(word) || word.contains(other))) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }

    public List<AutomationRule> rules() {
        return rules;
    }

    public List<ConversationFact> events() {
        return events;
    }
}
