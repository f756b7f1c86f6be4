package io.konversio.rules.internal;

import io.konversio.rules.RuleEvent;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which reactive properties the rules of each (trigger, inbox) bucket read, so a firing can skip telling
 * Drools about a change that no rule able to match this event reads (the update would re-propagate through
 * the network and change nothing). Conservative: a change of inbox or of other data always updates.
 * Immutable after construction; thread-safe.
 */
final class ReaderIndex {
    private static final int ALWAYS = bit(WorkingFact.INBOX_ID) | bit(WorkingFact.DATA);

    private final Map<RuleEvent, Map<Long, Integer>> byInbox = new EnumMap<>(RuleEvent.class);
    private final Map<RuleEvent, Integer> anyInbox = new EnumMap<>(RuleEvent.class);

    /** Records that a rule on {@code event} (and {@code inbox}, or null for any) reads {@code props}. */
    void add(RuleEvent event, @Nullable Long inbox, Iterable<String> props) {
        int mask = 0;
        for (String p : props) {
            mask |= bit(p);
        }
        int m = mask;
        if (inbox == null) {
            anyInbox.merge(event, m, (a, b) -> a | b);
        } else {
            byInbox.computeIfAbsent(event, e -> new HashMap<>()).merge(inbox, m, (a, b) -> a | b);
        }
    }

    /** True when a rule that could match {@code fact}'s event reads one of the changed properties. */
    boolean anyReader(WorkingFact fact, String[] changed) {
        int mask = 0;
        for (String p : changed) {
            mask |= bit(p);
        }
        if ((mask & ALWAYS) != 0) {
            return true;
        }
        RuleEvent event = fact.getEvent();
        int readers = anyInbox.getOrDefault(event, 0);
        Map<Long, Integer> inboxes = byInbox.get(event);
        if (inboxes != null) {
            readers |= inboxes.getOrDefault(fact.getInboxId(), 0);
        }
        return (readers & mask) != 0;
    }

    static int bit(String property) {
        return switch (property) {
            case WorkingFact.STATUS -> 1;
            case WorkingFact.PRIORITY -> 2;
            case WorkingFact.ASSIGNEE_ID -> 4;
            case WorkingFact.TEAM_ID -> 8;
            case WorkingFact.LABELS -> 16;
            case WorkingFact.INBOX_ID -> 32;
            case WorkingFact.DATA -> 64;
            default -> 0; // event, eventStatus and fired never change through actions
        };
    }
}
