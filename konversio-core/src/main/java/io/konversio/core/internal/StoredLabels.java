package io.konversio.core.internal;

import io.konversio.core.label.Label;
import io.konversio.core.label.LabelId;
import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import io.konversio.core.internal.Kernel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import io.konversio.core.label.Labels;

/** The Labels of one account, over the kernel's store. Thread-safe. */
public final class StoredLabels implements Labels {
  /** Chatwoot's default label colour. */

  private final Kernel kernel;
  private final AccountId account;

  public StoredLabels(Kernel kernel, AccountId account) {
    this.kernel = kernel;
    this.account = account;
  }

  @Override
  public Label create(String title) {
    return create(title, "", DEFAULT_COLOR);
  }

  /** Creates a label; the title is stored in lower case and must be new to the account in any case. */
  @Override
  public Label create(String title, String description, String color) {
    String clean = Label.normalize(InvalidInputException.requiredText(title, "title"));
    InvalidInputException.check(clean.length() <= 255, "title", title, "must be at most 255 characters");
    InvalidInputException.check(!clean.contains(","), "title", title, "must not contain a comma");
    Objects.requireNonNull(description, "description");
    InvalidInputException.check(color != null && color.matches("#[0-9a-fA-F]{6}"), "color", color,
        "must be a colour like #1f93ff");
    return kernel.write(unit -> {
      InvalidInputException.check(unit.tx().labels().findByTitle(account, clean).isEmpty(), "title", title,
          "a label with this title exists");
      Label label = new Label(LabelId.of(unit.tx().nextId("label")), account, clean, description, color);
      unit.tx().labels().insert(label);
      return label;
    });
  }

  /** Finds a label by title, in any case. */
  @Override
  public Optional<Label> find(String title) {
    String clean = Label.normalize(title);
    return kernel.read(tx -> tx.labels().findByTitle(account, clean));
  }

  @Override
  public Label get(String title) {
    return find(title).orElseThrow(() -> new NotFoundException("label", title));
  }

  /** All labels, ordered by title. */
  @Override
  public List<Label> list() {
    return kernel.read(tx -> tx.labels().list(account));
  }

  /** Deletes the label; conversations keep their copy of the title until it is removed from them. */
  @Override
  public void delete(String title) {
    String clean = Label.normalize(title);
    kernel.write(unit -> {
      Label label = unit.tx().labels().findByTitle(account, clean)
          .orElseThrow(() -> new NotFoundException("label", title));
      unit.tx().labels().delete(account, label.id());
      return null;
    });
  }
}
