package io.konversio.core.account;

/**
 * The id of a account, unique within Konversio. Immutable; thread-safe.
 *
 * @param value the positive id
 */
public record AccountId(long value) implements Comparable<AccountId> {
  public AccountId {
    if (value <= 0) {
      throw new IllegalArgumentException("account id must be positive: " + value);
    }
  }

  public static AccountId of(long value) {
    return new AccountId(value);
  }

  @Override
  public int compareTo(AccountId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
