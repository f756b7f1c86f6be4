package io.konversio.core.search;

/** How conversations are sorted; ties are broken by conversation id, newest first. */
public enum SortOrder {
  LAST_ACTIVITY_DESC, LAST_ACTIVITY_ASC, CREATED_DESC, CREATED_ASC, PRIORITY_DESC, PRIORITY_ASC,
  /** Longest-waiting first; conversations not waiting come last. */
  WAITING_SINCE_ASC,
  /** Most recently waiting first; conversations not waiting come last. */
  WAITING_SINCE_DESC
}
