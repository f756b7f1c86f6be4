package io.konversio.core;

/**
 * Thrown when an entity does not exist in the account the caller works in. An entity of another account is
 * reported as not found, so that no call can learn about another tenant's data.
 */
public final class NotFoundException extends KonversioException {
  private static final long serialVersionUID = 1L;
  private final String kind;
  private final String id;

  public NotFoundException(String kind, Object id) {
    super(kind + " " + id + " not found");
    this.kind = kind;
    this.id = String.valueOf(id);
  }

  /** What was looked up, e.g. {@code conversation}. */
  public String kind() {
    return kind;
  }

  /** The id that was looked up, as text. */
  public String id() {
    return id;
  }
}
