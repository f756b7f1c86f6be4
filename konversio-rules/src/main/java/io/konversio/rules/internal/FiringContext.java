package io.konversio.rules.internal;

import io.konversio.rules.ActionRecord;
import io.konversio.rules.ConversationFact;
import io.konversio.rules.PlannedAction;
import io.konversio.rules.RuleAction;
import io.konversio.rules.RuleId;
import io.konversio.rules.spi.ActionExecutor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * What rule consequences call (through {@link #current()}): runs the fired rule's actions
 * through the executor, records them, and replaces the working fact in the session so later rules see the
 * change. One per session; confined to the thread that holds the session.
 */
public final class FiringContext {
    private static final ThreadLocal<@Nullable FiringContext> CURRENT = new ThreadLocal<>();

    /** The context of the evaluation running on this thread. */
    static FiringContext current() {
        FiringContext c = CURRENT.get();
        if (c == null) {
            throw new IllegalStateException("rule fired outside an evaluation");
        }
        return c;
    }

    /** Makes {@code c} this thread's current context; returns the one it replaces (nested evaluations). */
    static @Nullable FiringContext enter(@Nullable FiringContext c) {
        FiringContext previous = CURRENT.get();
        CURRENT.set(c);
        return previous;
    }

    private final KieSession session;
    private @Nullable FactHandle handle;
    private @Nullable WorkingFact current;
    /** The object Drools last saw through the handle (updates that change no match are skipped). */
    private @Nullable WorkingFact installed;
    private ActionExecutor executor = ActionExecutor.planOnly();
    private boolean dryRun;
    private @Nullable ReaderIndex readers;
    private final List<RuleId> matched = new ArrayList<>();
    private final List<ActionRecord> actions = new ArrayList<>();

    FiringContext(KieSession session) {
        this.session = session;
    }

    void start(WorkingFact fact, FactHandle handle, ActionExecutor executor, boolean dryRun, ReaderIndex readers) {
        this.readers = readers;
        this.current = fact;
        this.installed = fact;
        this.handle = handle;
        this.executor = dryRun ? ActionExecutor.planOnly() : executor;
        this.dryRun = dryRun;
        matched.clear();
        actions.clear();
    }

    /** Called by a rule's consequence. */
    void fire(RuleMeta meta) {
        WorkingFact working = current;
        FactHandle h = handle;
        if (working == null || h == null) {
            throw new IllegalStateException("rule fired outside an evaluation");
        }
        matched.add(meta.id());
        ConversationFact before = working.getData();
        ConversationFact now = before;
        List<RuleAction> ruleActions = meta.rule().actions();
        for (int i = 0; i < ruleActions.size(); i++) {
            PlannedAction planned = new PlannedAction(meta.id(), meta.rule().name(), i, ruleActions.get(i),
                    before.accountId(), before.conversationId());
            try {
                ConversationFact after = executor.execute(planned, now);
                if (after == null) {
                    throw new IllegalStateException("action executor returned null for " + planned);
                }
                now = after;
                actions.add(new ActionRecord(planned, dryRun ? ActionRecord.Outcome.PLANNED
                        : ActionRecord.Outcome.DONE, null));
            } catch (RuntimeException e) {
                actions.add(new ActionRecord(planned, ActionRecord.Outcome.FAILED, e));
            }
        }
        int changed = WorkingFact.changedMask(before, now);
        WorkingFact next = working.next(now, meta.index(), (changed & WorkingFact.DATA_BIT) != 0);
        current = next;
        WorkingFact seen = installed;
        if (changed == 0 || seen == null) {
            return;
        }
        ReaderIndex r = readers;
        if (r == null || r.mustUpdate(working, next, changed)) {
            // property-reactive: patterns that read a property changed since Drools last saw the fact are
            // re-evaluated; the others keep their state
            int sinceSeen = seen == working ? changed : WorkingFact.changedMask(seen.getData(), now);
            session.update(h, next, WorkingFact.propertyNames(sinceSeen));
            installed = next;
        }
    }

    FactHandle handle() {
        FactHandle h = handle;
        if (h == null) {
            throw new IllegalStateException("no evaluation");
        }
        return h;
    }

    List<RuleId> matched() {
        return matched.size() == 1 ? List.of(matched.get(0)) : List.copyOf(matched);
    }

    List<ActionRecord> actions() {
        return actions.size() == 1 ? List.of(actions.get(0)) : List.copyOf(actions);
    }

    ConversationFact finalFact() {
        WorkingFact w = current;
        if (w == null) {
            throw new IllegalStateException("no evaluation");
        }
        return w.getData();
    }

    void clear() {
        current = null;
        installed = null;
        handle = null;
        matched.clear();
        actions.clear();
    }
}
