package io.konversio.core.spi;

import io.konversio.core.account.AccountId;
import io.konversio.core.label.Label;
import io.konversio.core.label.LabelId;
import java.util.List;
import java.util.Optional;

/**
 * Stores labels; titles are unique per account in their normalized (lower-case) form, and inserting a second label
 * with a title the account already has throws. Used inside one transaction only.
 */
public interface LabelStore {
  void insert(Label label);

  /** Finds a label by its normalized title (see {@link io.konversio.core.label.Label#normalize}); exact match. */
  Optional<Label> findByTitle(AccountId account, String normalizedTitle);

  /** All labels of the account, ordered by title (by code point). */
  List<Label> list(AccountId account);

  /** Removes the account's label with this id; does nothing when there is none. */
  void delete(AccountId account, LabelId id);
}
