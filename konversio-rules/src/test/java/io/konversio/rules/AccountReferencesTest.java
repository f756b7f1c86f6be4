package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.inbox.InboxId;
import io.konversio.rules.spi.RuleReferences;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Validation and the engine look references up in the account the rule or fact belongs to. */
class AccountReferencesTest {
    private static final AccountId ACME = AccountId.of(1);
    private static final AccountId GLOBEX = AccountId.of(2);

    /** Acme has agent 7, label "vip" and a number attribute "score"; Globex has none of them but a text "score". */
    private static final RuleReferences REFERENCES = new RuleReferences() {
        @Override
        public boolean agentExists(AccountId account, AgentId agent) {
            return account.equals(ACME) && agent.value() == 7;
        }

        @Override
        public boolean teamExists(AccountId account, TeamId team) {
            return false;
        }

        @Override
        public boolean inboxExists(AccountId account, InboxId inbox) {
            return account.equals(ACME) && inbox.value() == 100;
        }

        @Override
        public boolean labelExists(AccountId account, String label) {
            return account.equals(ACME) && label.equals("vip");
        }

        @Override
        public Optional<AttributeType> customAttribute(AccountId account, CustomAttributeModel model, String key) {
            return key.equals("score") ? Optional.of(account.equals(ACME) ? AttributeType.NUMBER : AttributeType.TEXT)
                    : Optional.empty();
        }
    };

    @Test
    void aValidatorLooksUpAgentsLabelsAndInboxesInItsOwnAccount() {
        AutomationRule rule = AutomationRule.builder().name("r").event(RuleEvent.CONVERSATION_CREATED)
                .allOf(Condition.of("inbox_id", Operator.EQUAL_TO, "100"))
                .action(RuleAction.of(ActionType.ASSIGN_AGENT, 7L))
                .action(RuleAction.of(ActionType.ADD_LABEL, "vip")).build();
        assertThat(RuleValidator.of(ACME, REFERENCES).problems(rule)).isEmpty();
        assertThat(RuleValidator.of(GLOBEX, REFERENCES).problems(rule)).containsExactly(
                new RuleProblem("$.conditions.all[0].values[0]", "unknown inbox id 100"),
                new RuleProblem("$.actions[0].action_params[0]", "unknown agent id 7"),
                new RuleProblem("$.actions[1].action_params[0]", "unknown label 'vip'"));
    }

    @Test
    void theEngineComparesEachAccountsCustomAttributesInThatAccountsType() {
        RuleEngine engine = RuleEngine.builder().references(REFERENCES).build();
        Condition scoreIsFive = Condition.custom(CustomAttributeModel.CONVERSATION, "score", Operator.EQUAL_TO, "5");
        for (AccountId account : List.of(ACME, GLOBEX)) {
            engine.replaceRules(account.value(), List.of(Facts.rule(account.value(), 0, RuleEvent.CONVERSATION_CREATED)
                    .accountId(account.value()).allOf(scoreIsFive).action(RuleAction.of("add_label", "vip")).build()));
        }
        ConversationFact acme = Facts.created().accountId(ACME.value()).conversationAttribute("score", "5.00").build();
        ConversationFact globex = acme.toBuilder().accountId(GLOBEX.value()).build();

        assertThat(engine.evaluate(acme).matchedRules()).as("5.00 is the number 5").hasSize(1);
        assertThat(engine.evaluate(globex).matchedRules()).as("'5.00' is not the text '5'").isEmpty();
        assertThat(engine.explain(engine.rules(ACME.value()).get(0), acme).matches()).isTrue();
        assertThat(engine.explain(engine.rules(GLOBEX.value()).get(0), globex).matches()).isFalse();
    }
}
