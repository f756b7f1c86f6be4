package io.konversio.core.contact;

/**
 * The id of a contact, unique within Konversio. Immutable; thread-safe.
 *
 * @param value the positive id
 */
public record ContactId(long value) implements Comparable<ContactId> {
  public ContactId {
    if (value <= 0) {
      throw new IllegalArgumentException("contact id must be positive: " + value);
    }
  }

  public static ContactId of(long value) {
    return new ContactId(value);
  }

  @Override
  public int compareTo(ContactId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
