package io.konversio.rules.internal;

import io.konversio.rules.RuleEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Which rules read which reactive properties, bucketed like the alpha index by (trigger, inbox), so a firing
 * can skip telling Drools about a change that cannot alter any rule's match. A Drools update re-propagates
 * the fact and re-queues every rule of the bucket; when no unfired rule that reads a changed property
 * flips between match and no match, skipping it leaves every activation exactly as the update would.
 * A change of inbox or of other data always updates. Immutable after construction; thread-safe.
 */
final class ReaderIndex {
    private static final int ALWAYS = WorkingFact.INBOX_ID_BIT | WorkingFact.DATA_BIT;

    /**
     * @param stable   conjuncts of the conditions that read only properties whose change always updates: when
     *                 one fails, the rule cannot flip (it fails before and after), so its whole tree is not tested
     * @param dispatch the rule's keyword bucket, or null
     * @param needKeys the bit of each {@link KeywordDispatch} key that can route to the rule; when the event's
     *                 key is another need's, or NONE, the rule fails before and after (its predicates are not
     *                 touched)
     */
    private record Reader(int index, int mask, Predicate<WorkingFact> conditions,
                          List<Predicate<WorkingFact>> stable, @Nullable KeywordDispatch dispatch, long needKeys) {
        boolean routedAway(WorkingFact w) {
            KeywordDispatch d = dispatch;
            if (d == null) {
                return false;
            }
            int key = w.dispatchKey(d);
            // a rule with a key past the mask's bits has no filter (see add): keys past them are others' needs
            return key == KeywordDispatch.NONE || key >= Long.SIZE || key >= 0 && (needKeys & (1L << key)) == 0;
        }

        boolean stableHolds(WorkingFact w) {
            for (Predicate<WorkingFact> t : stable) {
                if (!w.testWithoutScan(t)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * What can make one (trigger, inbox) bucket's rules fire: {@code always} when some rule of it is not keyword
     * dispatched, else the keyword buckets its rules are routed through (a rule of one can fire only when the
     * event's key there is not NONE).
     */
    private static final class Gate {
        boolean always;
        KeywordDispatch[] dispatches = new KeywordDispatch[0];
        /** The bucket whose rules Drools reaches through the route node ({@link #route}), or null. */
        @Nullable KeywordDispatch primary;
        /** By key + 2 ({@code MULTI}, {@code NONE}, then each need): the route values of {@link #primary}. */
        Integer[] routes = new Integer[0];

        Integer route(WorkingFact w) {
            KeywordDispatch d = primary;
            return d == null ? NO_ROUTE : routes[w.dispatchKey(d) + 2];
        }

        void add(@Nullable KeywordDispatch dispatch) {
            if (dispatch == null) {
                always = true;
                dispatches = new KeywordDispatch[0];
            } else if (!always && !Arrays.asList(dispatches).contains(dispatch)) {
                dispatches = Arrays.copyOf(dispatches, dispatches.length + 1);
                dispatches[dispatches.length - 1] = dispatch;
            }
        }

        boolean mayFire(WorkingFact w) {
            if (always) {
                return true;
            }
            for (KeywordDispatch d : dispatches) {
                if (!KeywordDispatch.NONE.equals(w.dispatchKey(d))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The route of an event whose trigger and inbox have no primary bucket; no rule has it. */
    static final Integer NO_ROUTE = -1;

    private final Map<RuleEvent, Map<Long, List<Reader>>> byInbox = new EnumMap<>(RuleEvent.class);
    private final Map<RuleEvent, List<Reader>> anyInbox = new EnumMap<>(RuleEvent.class);
    private final Map<RuleEvent, Map<Long, Gate>> gatesByInbox = new EnumMap<>(RuleEvent.class);
    private final Map<RuleEvent, Gate> anyInboxGates = new EnumMap<>(RuleEvent.class);
    private int nextRoute;

    /** True when a condition reading {@code props} can only change together with an update that always runs. */
    static boolean isStable(Iterable<String> props) {
        for (String p : props) {
            if ((WorkingFact.bit(p) & ~ALWAYS) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records rule {@code index} on {@code event} (and {@code inbox}, or null for any): it reads {@code props},
     * its whole condition tree is {@code conditions}, and {@code stable} are top-level conjuncts of it that
     * are {@link #isStable}. A rule routed by keyword {@code dispatch} (else null) is reached through the keys
     * {@code needKeys}.
     */
    void add(RuleEvent event, @Nullable Long inbox, Iterable<String> props, int index,
             Predicate<WorkingFact> conditions, List<Predicate<WorkingFact>> stable,
             @Nullable KeywordDispatch dispatch, List<Integer> needKeys) {
        int mask = 0;
        for (String p : props) {
            mask |= WorkingFact.bit(p);
        }
        long keys = 0;
        for (int key : needKeys) {
            if (key >= Long.SIZE) {
                dispatch = null; // no filter
                break;
            }
            keys |= 1L << key;
        }
        Reader reader = new Reader(index, mask, conditions, List.copyOf(stable), dispatch, keys);
        if (inbox == null) {
            anyInbox.computeIfAbsent(event, e -> new ArrayList<>()).add(reader);
            anyInboxGates.computeIfAbsent(event, e -> new Gate()).add(dispatch);
        } else {
            byInbox.computeIfAbsent(event, e -> new HashMap<>()).computeIfAbsent(inbox, i -> new ArrayList<>())
                    .add(reader);
            gatesByInbox.computeIfAbsent(event, e -> new HashMap<>()).computeIfAbsent(inbox, i -> new Gate())
                    .add(dispatch);
        }
    }

    /**
     * Makes {@code dispatch}, the keyword bucket of the rules on {@code event} whose only indexed condition is
     * {@code inbox_id == inbox}, that pair's primary bucket, and returns the route values of its keys: by key + 2
     * ({@link KeywordDispatch#MULTI}, {@link KeywordDispatch#NONE}, then each need). Drools reaches the variant of
     * such a rule for key {@code k} through one alpha node hashed on {@link #route}, {@code route == routes[k + 2]},
     * in place of three (trigger, inbox, key): an event's route is the value of its own trigger and inbox's primary
     * bucket and key there, so it equals {@code routes[k + 2]} exactly when the trigger and inbox are the rule's and
     * the key is {@code k}. Route values are distinct across the rule set.
     */
    Integer[] primary(RuleEvent event, long inbox, KeywordDispatch dispatch) {
        Gate gate = gatesByInbox.computeIfAbsent(event, e -> new HashMap<>()).computeIfAbsent(inbox, i -> new Gate());
        if (gate.primary == null) {
            gate.primary = dispatch;
            gate.routes = new Integer[dispatch.size() + 2];
            for (int i = 0; i < gate.routes.length; i++) {
                gate.routes[i] = nextRoute++;
            }
        } else if (gate.primary != dispatch) {
            throw new IllegalStateException("two primary buckets for " + event.code() + " in inbox " + inbox);
        }
        return gate.routes.clone();
    }

    /**
     * The route of {@code w}: the value, among those {@link #primary} gave, of its trigger and inbox's primary
     * bucket and its key there; {@link #NO_ROUTE} when they have no primary bucket. Use
     * {@link WorkingFact#route}, which caches it.
     */
    Integer route(WorkingFact w) {
        return route(inboxGate(w), w);
    }

    private static Integer route(@Nullable Gate gate, WorkingFact w) {
        return gate == null ? NO_ROUTE : gate.route(w);
    }

    /** The gate of {@code w}'s trigger and inbox, or null when no rule names that inbox. */
    private @Nullable Gate inboxGate(WorkingFact w) {
        Map<Long, Gate> inboxes = gatesByInbox.get(w.getEvent());
        return inboxes == null ? null : inboxes.get(w.getInboxId());
    }

    /**
     * False when no rule can fire for {@code w}, as it enters the session: every rule of its trigger and inbox
     * (and of its trigger with no inbox condition) is keyword dispatched, and none of their buckets' keywords
     * occurs. Then the alpha network would route the fact nowhere, and the evaluation can skip the session
     * (insert, an empty agenda, delete). True otherwise: Drools decides. Rules with a key past
     * {@code Long.SIZE} count as not dispatched here, as in {@link #mustUpdate}.
     */
    boolean mayFire(WorkingFact w) {
        Gate gate = inboxGate(w);
        w.knownRoute(route(gate, w)); // the lookup that Drools' route node would repeat
        Gate any = anyInboxGates.get(w.getEvent());
        return any != null && any.mayFire(w) || gate != null && gate.mayFire(w);
    }

    /**
     * True when Drools must be told that {@code before} became {@code after}, which changed the properties of
     * {@code mask} (a {@link WorkingFact#changedMask}).
     */
    boolean mustUpdate(WorkingFact before, WorkingFact after, int mask) {
        if ((mask & ALWAYS) != 0) {
            return true;
        }
        RuleEvent event = after.getEvent();
        Map<Long, List<Reader>> inboxes = byInbox.get(event);
        List<Reader> bucket = inboxes == null ? null : inboxes.get(after.getInboxId());
        return flips(bucket, before, after, mask) || flips(anyInbox.get(event), before, after, mask);
    }

    private static boolean flips(@Nullable List<Reader> readers, WorkingFact before, WorkingFact after, int mask) {
        if (readers == null) {
            return false;
        }
        for (Reader r : readers) {
            if ((r.mask() & mask) != 0 && !after.hasFired(r.index()) && !r.routedAway(after) && r.stableHolds(after)
                    && before.testWithoutScan(r.conditions()) != after.testWithoutScan(r.conditions())) {
                return true;
            }
        }
        return false;
    }
}
