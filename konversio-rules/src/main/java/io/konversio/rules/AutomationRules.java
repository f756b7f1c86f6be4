package io.konversio.rules;

import io.konversio.core.account.AccountId;
import io.konversio.core.conversation.ConversationId;
import java.util.List;
import java.util.Optional;

/**
 * The automation rules of one account: create, change, order and inspect them. Get one with
 * {@code automation.rules(desk)}. Implementations are thread-safe.
 *
 * <p>Every rule is validated against the account before it is saved (agents, teams, inboxes, labels and custom
 * attribute definitions must exist); when anything is wrong, {@link InvalidRuleException} lists every problem with
 * its JSON path and nothing is saved. Every change swaps the account's compiled rules atomically: events being
 * evaluated finish with the rules they started with, later ones see the change.
 *
 * <p>Rules run in list order. The list is kept numbered 0, 1, 2, ...: a new rule goes to the end, {@link #move}
 * places one, and each change renumbers the others.
 */
public interface AutomationRules {

    /** The account these rules belong to. */
    AccountId accountId();

    /**
     * Validates and stores a new rule at the end of the list; its id, account and position are set here (any it
     * has are ignored). Returns the stored rule.
     */
    AutomationRule create(AutomationRule rule);

    /**
     * Reads one rule in Chatwoot's or Konversio's JSON form, validates it (problem paths point into the document)
     * and stores it at the end of the list.
     */
    AutomationRule create(String json);

    /**
     * Replaces the stored rule with {@code rule}'s id: name, description, trigger, conditions, actions and the
     * enabled flag; its place in the list stays (use {@link #move}).
     *
     * @throws io.konversio.core.NotFoundException if the account has no rule with that id
     */
    AutomationRule update(AutomationRule rule);

    /** Reads the JSON form and replaces the rule {@code id} with it, as {@link #update(AutomationRule)}. */
    AutomationRule update(RuleId id, String json);

    /** Deletes the rule; the rules after it move up. */
    void delete(RuleId id);

    /** Switches the rule on. */
    AutomationRule enable(RuleId id);

    /** Switches the rule off: it stays in the list but never runs. */
    AutomationRule disable(RuleId id);

    /**
     * Moves the rule to {@code position} (0 is first; a position past the end means last); the others keep their
     * order.
     */
    AutomationRule move(RuleId id, int position);

    /** Copies the rule (same name, trigger, conditions, actions and enabled flag) to just after it. */
    AutomationRule clone(RuleId id);

    /** Every rule, enabled or not, in the order they run. */
    List<AutomationRule> list();

    /** The rule with that id. */
    Optional<AutomationRule> find(RuleId id);

    /**
     * The rule with that id.
     *
     * @throws io.konversio.core.NotFoundException if the account has none
     */
    AutomationRule get(RuleId id);

    /**
     * Imports one rule (a JSON object) or several (an array), in either form, appended in order. All are validated
     * first; when any has a problem none is stored ({@code $[i]} prefixes the paths of an array's problems).
     */
    List<AutomationRule> importJson(String json);

    /** Every rule as a JSON array in Konversio's form, in list order; {@link #importJson} reads it back. */
    String exportJson();

    /**
     * Which of the rule's conditions hold for the conversation as it is now, for the rule's own trigger (for a
     * {@code message_created} rule, with the conversation's latest message that is not an activity line).
     */
    Explanation explain(RuleId id, ConversationId conversation);

    /**
     * Which rules would fire on {@code event} for the conversation as it is now, and what they would do, without
     * doing it (for {@code message_created}, with the latest message that is not an activity line).
     */
    EvaluationResult dryRun(RuleEvent event, ConversationId conversation);

    /** Which rules would fire on the given fact, and what they would do, without doing it. */
    EvaluationResult dryRun(ConversationFact fact);
}
