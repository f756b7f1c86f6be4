package io.konversio.core.search;

/**
 * The tab counts of a conversation list: the viewer's own, unassigned, assigned and all conversations that match
 * the query's other filters. Immutable; thread-safe.
 */
public record ConversationCounts(long mine, long unassigned, long assigned, long all) {
}
