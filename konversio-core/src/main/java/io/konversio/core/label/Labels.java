package io.konversio.core.label;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The labels of one account. Titles are unique regardless of case. Implementations are thread-safe. */
public interface Labels {
  /** Chatwoot's default label colour. */
  String DEFAULT_COLOR = "#1f93ff";

  Label create(String title);

  /** Creates a label; the title is stored in lower case and must be new to the account in any case. */
  Label create(String title, String description, String color);

  /** Finds a label by title, in any case. */
  Optional<Label> find(String title);

  Label get(String title);

  /** All labels, ordered by title. */
  List<Label> list();

  /** Deletes the label; conversations keep their copy of the title until it is removed from them. */
  void delete(String title);
}
