package io.konversio.core.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The details of a new contact. Immutable once built; thread-safe.
 *
 * <pre>{@code
 * NewContact.builder("Ada Lovelace").email("ada@example.com").phoneNumber("+441234567").build();
 * }</pre>
 */
public final class NewContact {
  private final String name;
  private final @Nullable String email;
  private final @Nullable String phoneNumber;
  private final Map<String, String> additionalAttributes;
  private final Map<String, Object> customAttributes;

  private NewContact(Builder b) {
    name = b.name;
    email = b.email;
    phoneNumber = b.phoneNumber;
    additionalAttributes = Map.copyOf(b.additionalAttributes);
    customAttributes = Map.copyOf(b.customAttributes);
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> phoneNumber() {
    return Optional.ofNullable(phoneNumber);
  }

  public Map<String, String> additionalAttributes() {
    return additionalAttributes;
  }

  public Map<String, Object> customAttributes() {
    return customAttributes;
  }

  /** Builds a {@link NewContact}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private @Nullable String email;
    private @Nullable String phoneNumber;
    private final Map<String, String> additionalAttributes = new LinkedHashMap<>();
    private final Map<String, Object> customAttributes = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    public Builder email(String value) {
      this.email = Objects.requireNonNull(value, "email");
      return this;
    }

    public Builder phoneNumber(String value) {
      this.phoneNumber = Objects.requireNonNull(value, "phoneNumber");
      return this;
    }

    /** Free data such as {@code city}, {@code company}, {@code country_code}. */
    public Builder additionalAttribute(String key, String value) {
      additionalAttributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** A value of a contact attribute definition; validated on create. */
    public Builder customAttribute(String key, Object value) {
      customAttributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    public NewContact build() {
      return new NewContact(this);
    }
  }
}
