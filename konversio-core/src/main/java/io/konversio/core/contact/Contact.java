package io.konversio.core.contact;

import io.konversio.core.account.AccountId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact: a customer of an account. Immutable; thread-safe.
 *
 * @param additionalAttributes free attributes such as {@code city}, {@code company}, {@code country_code}
 * @param customAttributes values of the account's contact attribute definitions, already validated
 * @param blocked whether the contact is blocked (muted): their messages never reopen a conversation
 */
public record Contact(ContactId id, AccountId accountId, String name, Optional<String> email,
    Optional<String> phoneNumber, Map<String, String> additionalAttributes, Map<String, Object> customAttributes,
    boolean blocked, Instant createdAt) {
  public Contact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phoneNumber, "phoneNumber");
    additionalAttributes = Map.copyOf(additionalAttributes);
    customAttributes = Map.copyOf(customAttributes);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public Contact withBlocked(boolean value) {
    return new Contact(id, accountId, name, email, phoneNumber, additionalAttributes, customAttributes, value,
        createdAt);
  }

  public Contact withCustomAttributes(Map<String, Object> value) {
    return new Contact(id, accountId, name, email, phoneNumber, additionalAttributes, value, blocked, createdAt);
  }

  public Contact withDetails(String newName, Optional<String> newEmail, Optional<String> newPhone,
      Map<String, String> newAdditional) {
    return new Contact(id, accountId, newName, newEmail, newPhone, newAdditional, customAttributes, blocked,
        createdAt);
  }
}
