package io.konversio.rules;

import io.konversio.core.Konversio;
import io.konversio.core.account.AccountId;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.event.EventListener;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automation-stage listener: runs the account's rules on each domain event, guards against loops, and reports
 * every evaluation. Thread-safe.
 */
final class AutomationDispatch implements EventListener {
    private static final Logger LOG = LoggerFactory.getLogger(AutomationDispatch.class);

    private final Supplier<Konversio> konversio;
    private final RuleEngine engine;
    private final EventFacts facts;
    private final AutomationLimits limits;
    private final List<AutomationListener> listeners;
    private final CascadeTracker cascades = new CascadeTracker();
    private final Consumer<AccountId> refresh;

    AutomationDispatch(Supplier<Konversio> konversio, RuleEngine engine, EventFacts facts, AutomationLimits limits,
                       List<AutomationListener> listeners, Consumer<AccountId> refresh) {
        this.refresh = refresh;
        this.konversio = konversio;
        this.engine = engine;
        this.facts = facts;
        this.limits = limits;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onEvent(DomainEvent event) {
        if (event.actor().isAutomation()) {
            return; // loop guard: changes made by rules never trigger rules
        }
        AccountId account = event.accountId();
        refresh.accept(account);
        if (engine.rules(account.value()).isEmpty()) {
            return;
        }
        Optional<ConversationFact> fact = facts.of(event);
        if (fact.isEmpty()) {
            return;
        }
        int depth = cascades.depthOf(event);
        EvaluationResult result = depth >= limits.maxCascadeDepth()
                ? blocked(fact.get(), depth)
                : engine.evaluate(fact.get());
        if (result.actions().stream().anyMatch(a -> a.outcome() == ActionRecord.Outcome.DONE)) {
            cascades.acted(event, depth);
        }
        report(result);
    }

    @Override
    public void delivered(DomainEvent event) {
        if (event.actor().isAutomation()) {
            konversio.get().desk(event.accountId()).conversations().find(event.conversationId())
                    .ifPresent(now -> cascades.automatedDelivered(event, now.version()));
        }
    }

    /** The rules that would fire, each action failed: the event is too deep in a cascade. */
    private EvaluationResult blocked(ConversationFact fact, int depth) {
        EvaluationResult planned = engine.dryRun(fact);
        AutomationLimitException cause = new AutomationLimitException(AutomationLimitException.Limit.CASCADE_DEPTH,
                fact.conversationId(), "conversation " + fact.conversationId() + " is " + depth
                + " reactions deep in a cascade of automated changes (limit " + limits.maxCascadeDepth() + ")");
        List<ActionRecord> failed = planned.actions().stream()
                .map(a -> new ActionRecord(a.action(), ActionRecord.Outcome.FAILED, cause)).toList();
        return new EvaluationResult(fact, fact, planned.matchedRules(), failed, planned.firingLimitReached());
    }

    private void report(EvaluationResult result) {
        for (ActionRecord failed : result.failedActions()) {
            PlannedAction a = failed.action();
            LOG.warn("automation rule {} ({}) action {} '{}' failed on conversation {} of account {}: {}",
                    a.ruleId().value(), a.ruleName(), a.index(), a.action().name(), a.conversationId(), a.accountId(),
                    failed.cause().map(Throwable::toString).orElse("unknown cause"));
        }
        for (AutomationListener listener : listeners) {
            try {
                listener.onEvaluation(result);
            } catch (RuntimeException e) {
                LOG.error("automation listener {} failed", listener, e);
            }
        }
    }

    @Override
    public String toString() {
        return "automation rules";
    }
}
