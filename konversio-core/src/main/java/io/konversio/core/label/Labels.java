package io.konversio.core.label;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import io.konversio.core.internal.Kernel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The labels of one account. Titles are unique regardless of case. Thread-safe. */
public final class Labels {
  /** Chatwoot's default label colour. */
  public static final String DEFAULT_COLOR = "#1f93ff";

  private final Kernel kernel;
  private final AccountId account;

  /** For Konversio's own use; get one from {@code konversio.desk(account).labels()}. */
  public Labels(Kernel kernel, AccountId account) {
    this.kernel = kernel;
    this.account = account;
  }

  public Label create(String title) {
    return create(title, "", DEFAULT_COLOR);
  }

  /** Creates a label; the title is stored in lower case and must be new to the account in any case. */
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
  public Optional<Label> find(String title) {
    String clean = Label.normalize(title);
    return kernel.read(tx -> tx.labels().findByTitle(account, clean));
  }

  public Label get(String title) {
    return find(title).orElseThrow(() -> new NotFoundException("label", title));
  }

  /** All labels, ordered by title. */
  public List<Label> list() {
    return kernel.read(tx -> tx.labels().list(account));
  }

  /** Deletes the label; conversations keep their copy of the title until it is removed from them. */
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
