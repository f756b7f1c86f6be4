package io.konversio.rules;

import io.konversio.core.event.DomainEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Follows cascades per conversation, to back up the actor guard. When an automated change of a conversation has
 * been delivered to every listener, the changes other actors made to the conversation meanwhile (its versions
 * after the automated event's, up to the version it has once delivery is over) were reactions to it: their events
 * are one level deeper than the evaluation whose actions made the change. An event outside every such window
 * starts a new cascade at depth 0. Remembers a bounded number of conversations. Thread-safe.
 */
final class CascadeTracker {
    private static final int MAX_CONVERSATIONS = 10_000;

    /** Versions {@code (after, upTo]} of a conversation were written in reaction to an automated change. */
    private record Window(long after, long upTo, int depth) {
    }

    private final Map<Long, Integer> actedDepth = bounded();
    private final Map<Long, Deque<Window>> windows = bounded();

    private static <V> Map<Long, V> bounded() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > MAX_CONVERSATIONS;
            }
        };
    }

    /** How deep in a cascade the (non-automated) event is: 0 unless it reacted to an automated change. */
    synchronized int depthOf(DomainEvent event) {
        long conversation = event.conversationId().value();
        Deque<Window> open = windows.get(conversation);
        if (open == null) {
            return 0;
        }
        long version = event.conversation().version();
        int depth = 0;
        open.removeIf(w -> w.upTo() < version);
        for (Window w : open) {
            if (version > w.after() && version <= w.upTo()) {
                depth = Math.max(depth, w.depth());
            }
        }
        if (open.isEmpty()) {
            windows.remove(conversation);
        }
        return depth;
    }

    /** Rules evaluated at {@code depth} ran actions on the event's conversation. */
    synchronized void acted(DomainEvent event, int depth) {
        actedDepth.put(event.conversationId().value(), depth);
    }

    /** An automated event was delivered; the conversation is now at {@code currentVersion}. */
    synchronized void automatedDelivered(DomainEvent event, long currentVersion) {
        long conversation = event.conversationId().value();
        long after = event.conversation().version();
        if (currentVersion > after) {
            int depth = actedDepth.getOrDefault(conversation, 0) + 1;
            windows.computeIfAbsent(conversation, c -> new ArrayDeque<>()).add(new Window(after, currentVersion, depth));
        }
    }
}
