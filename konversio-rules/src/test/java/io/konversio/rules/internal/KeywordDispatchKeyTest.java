package io.konversio.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.rules.ConversationFact;
import io.konversio.rules.RuleEvent;
import io.konversio.rules.StandardAttribute;
import io.konversio.rules.internal.KeywordDispatch.Need;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The key {@link KeywordDispatch} gives an event: the one need that holds, NONE or MULTI, the same whether the
 * bucket's needs fit its own automaton or are too large for one (then substring tests).
 */
class KeywordDispatchKeyTest {

    private static KeywordDispatch dispatch(List<Need> needs) {
        return new KeywordDispatch(0, needs, new KeywordAutomaton.Builder());
    }

    private static Integer key(KeywordDispatch d, @Nullable String content, @Nullable String subject) {
        ConversationFact fact = ConversationFact.builder().event(RuleEvent.MESSAGE_CREATED)
                .occurredAt(Instant.parse("2026-06-05T10:15:30Z")).accountId(1).inboxId(1).content(content)
                .mailSubject(subject).build();
        return d.key(new WorkingFact(fact));
    }

    private static void assertKeys(List<Need> needs) {
        KeywordDispatch d = dispatch(needs);
        Integer refund = d.keyOf(needs.get(0));
        Integer invoice = d.keyOf(needs.get(2));
        assertThat(key(d, "Please REFUND me", null)).isEqualTo(refund);
        assertThat(key(d, "nothing here", "Your Invoice")).isEqualTo(invoice);
        assertThat(key(d, "refund", "invoice")).isEqualTo(KeywordDispatch.MULTI);
        assertThat(key(d, "rückerstattung refund", null)).as("non-ASCII content").isEqualTo(refund);
        assertThat(key(d, "nothing", null)).isEqualTo(KeywordDispatch.NONE);
        assertThat(key(d, null, null)).isEqualTo(KeywordDispatch.NONE);
    }

    @Test
    void theKeyIsTheOneNeedThatHoldsOrNoneOrMulti() {
        assertKeys(List.of(new Need(StandardAttribute.CONTENT, "refund"),
                new Need(StandardAttribute.CONTENT, "cancel"),
                new Need(StandardAttribute.MAIL_SUBJECT, "invoice")));
    }

    @Test
    void needsTooLargeForAnAutomatonAreFoundBySubstringTests() {
        String huge = "x".repeat(KeywordAutomaton.MAX_TABLE); // with the other letters, far past the table's limit
        KeywordAutomaton.Builder probe = new KeywordAutomaton.Builder();
        probe.id("refund");
        probe.id(huge);
        assertThat(probe.build()).as("the bucket's content automaton would be too large").isNull();
        assertKeys(List.of(new Need(StandardAttribute.CONTENT, "refund"), new Need(StandardAttribute.CONTENT, huge),
                new Need(StandardAttribute.MAIL_SUBJECT, "invoice")));
    }
}
