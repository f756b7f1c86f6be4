package io.konversio.core.label;

import io.konversio.core.account.AccountId;
import java.util.Locale;
import java.util.Objects;

/**
 * A label of an account. Titles are unique per account regardless of case and stored in lower case, as
 * Chatwoot does. Immutable; thread-safe.
 */
public record Label(LabelId id, AccountId accountId, String title, String description, String color) {
  public Label {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    title = normalize(title);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(color, "color");
  }

  /** The canonical form of a label title: stripped and lower case. */
  public static String normalize(String title) {
    return Objects.requireNonNull(title, "title").strip().toLowerCase(Locale.ROOT);
  }
}
