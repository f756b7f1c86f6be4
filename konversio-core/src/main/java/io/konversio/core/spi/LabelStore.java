package io.konversio.core.spi;

import io.konversio.core.account.AccountId;
import io.konversio.core.label.Label;
import io.konversio.core.label.LabelId;
import java.util.List;
import java.util.Optional;

/** Stores labels; titles are unique per account in their normalized (lower-case) form. */
public interface LabelStore {
  void insert(Label label);

  /** Finds a label by its normalized title. */
  Optional<Label> findByTitle(AccountId account, String normalizedTitle);

  /** All labels of the account, ordered by title. */
  List<Label> list(AccountId account);

  void delete(AccountId account, LabelId id);
}
