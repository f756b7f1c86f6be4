package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article's four example rules, loaded from Chatwoot-form JSON, firing end to end. */
class SeedExamplesTest {
    private final RuleEngine engine = RuleEngine.builder().references(new TestReferences()).build();

    private List<AutomationRule> seedRules() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("seed-rules.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            RuleJson codec = RuleJson.create();
            RuleValidator validator = RuleValidator.of(Facts.ACCOUNT, new TestReferences());
            List<AutomationRule> rules = new ArrayList<>();
            List<AutomationRule> read = codec.readAll(json);
            for (int i = 0; i < read.size(); i++) {
                AutomationRule stored = validator.check(read.get(i)).toBuilder().id(i + 1).accountId(1).position(i)
                        .build();
                rules.add(stored);
            }
            return rules;
        }
    }

    @Test
    void theFourSeedExamplesFire() throws IOException {
        engine.replaceRules(1, seedRules());

        EvaluationResult supportEmail = engine.evaluate(Facts.created().inboxId(101).inBusinessHours(true).build());
        assertThat(supportEmail.finalFact().teamId()).isEqualTo(10L);

        EvaluationResult refund = engine.evaluate(Facts.message("Can I get a Refund?").build());
        assertThat(refund.finalFact().labels()).containsExactly("billing");

        EvaluationResult liveChat = engine.evaluate(Facts.created().inboxId(102).inBusinessHours(true).build());
        assertThat(liveChat.plannedActions()).extracting(a -> a.action().name()).containsExactly("send_message");
        assertThat(liveChat.plannedActions().get(0).action().params().get(0).toString()).startsWith("Thanks");

        EvaluationResult night = engine.evaluate(Facts.created().inboxId(103).inBusinessHours(false).build());
        assertThat(night.plannedActions()).extracting(a -> a.action().params().get(0).toString())
                .containsExactly("We're closed right now; we reply within one business day.");

        EvaluationResult noSchedule = engine.evaluate(Facts.created().inboxId(103).inBusinessHours(null).build());
        assertThat(noSchedule.matchedRules()).isEmpty();
    }
}
