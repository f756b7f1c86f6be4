package io.konversio.core.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.InvalidInputException;
import io.konversio.core.account.AccountId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How each attribute type validates a value and what it stores. */
class CustomAttributeDefinitionTest {

  static Stream<Arguments> acceptedValues() {
    return Stream.of(
        Arguments.of(AttributeType.TEXT, "hello", "hello"),
        Arguments.of(AttributeType.TEXT, "", ""),
        Arguments.of(AttributeType.NUMBER, 42, new BigDecimal("42")),
        Arguments.of(AttributeType.NUMBER, 42L, new BigDecimal("42")),
        Arguments.of(AttributeType.NUMBER, (short) 7, new BigDecimal("7")),
        Arguments.of(AttributeType.NUMBER, (byte) -3, new BigDecimal("-3")),
        Arguments.of(AttributeType.NUMBER, 2.5d, new BigDecimal("2.5")),
        Arguments.of(AttributeType.NUMBER, 1.5f, new BigDecimal("1.5")),
        Arguments.of(AttributeType.NUMBER, new BigDecimal("10.25"), new BigDecimal("10.25")),
        Arguments.of(AttributeType.NUMBER, new BigInteger("12345678901234567890"),
            new BigDecimal("12345678901234567890")),
        Arguments.of(AttributeType.NUMBER, "12.50", new BigDecimal("12.50")),
        Arguments.of(AttributeType.NUMBER, " -7 ", new BigDecimal("-7")),
        Arguments.of(AttributeType.NUMBER, "1e3", new BigDecimal("1e3")),
        Arguments.of(AttributeType.LINK, "https://example.com/orders/1", "https://example.com/orders/1"),
        Arguments.of(AttributeType.LINK, " HTTP://example.com ", "HTTP://example.com"),
        Arguments.of(AttributeType.DATE, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)),
        Arguments.of(AttributeType.DATE, "2026-03-02", LocalDate.of(2026, 3, 2)),
        Arguments.of(AttributeType.DATE, " 2024-02-29 ", LocalDate.of(2024, 2, 29)),
        Arguments.of(AttributeType.LIST, "gold", "gold"),
        Arguments.of(AttributeType.CHECKBOX, true, Boolean.TRUE),
        Arguments.of(AttributeType.CHECKBOX, false, Boolean.FALSE),
        Arguments.of(AttributeType.CHECKBOX, "true", Boolean.TRUE),
        Arguments.of(AttributeType.CHECKBOX, "false", Boolean.FALSE));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("acceptedValues")
  void aValidValueIsStoredInTheTypesJavaForm(AttributeType type, Object given, Object stored) {
    Object result = definition(type).validate(given);

    assertThat(result).isEqualTo(stored).hasSameClassAs(stored);
  }

  static Stream<Arguments> rejectedValues() {
    return Stream.of(
        Arguments.of(AttributeType.TEXT, 5),
        Arguments.of(AttributeType.TEXT, true),
        Arguments.of(AttributeType.NUMBER, "abc"),
        Arguments.of(AttributeType.NUMBER, ""),
        Arguments.of(AttributeType.NUMBER, "12,5"),
        Arguments.of(AttributeType.NUMBER, Double.NaN),
        Arguments.of(AttributeType.NUMBER, Double.POSITIVE_INFINITY),
        Arguments.of(AttributeType.NUMBER, Float.NEGATIVE_INFINITY),
        Arguments.of(AttributeType.NUMBER, true),
        Arguments.of(AttributeType.NUMBER, LocalDate.of(2026, 1, 1)),
        Arguments.of(AttributeType.LINK, "example.com"),
        Arguments.of(AttributeType.LINK, "ftp://example.com/file"),
        Arguments.of(AttributeType.LINK, "mailto:ada@example.com"),
        Arguments.of(AttributeType.LINK, "https://"),
        Arguments.of(AttributeType.LINK, "not a link"),
        Arguments.of(AttributeType.LINK, 42),
        Arguments.of(AttributeType.DATE, "2026-02-30"),
        Arguments.of(AttributeType.DATE, "02/03/2026"),
        Arguments.of(AttributeType.DATE, "2026-03-02T10:00:00Z"),
        Arguments.of(AttributeType.DATE, Instant.parse("2026-03-02T10:00:00Z")),
        Arguments.of(AttributeType.DATE, 20260302),
        Arguments.of(AttributeType.LIST, "platinum"),
        Arguments.of(AttributeType.LIST, "Gold"),
        Arguments.of(AttributeType.LIST, 1),
        Arguments.of(AttributeType.CHECKBOX, "yes"),
        Arguments.of(AttributeType.CHECKBOX, 1),
        Arguments.of(AttributeType.CHECKBOX, ""));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rejectedValues")
  void anInvalidValueIsRejectedNamingTheAttributeAndTheValue(AttributeType type, Object given) {
    assertThatThrownBy(() -> definition(type).validate(given))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("customAttributes.field");
          assertThat(e.value()).contains(String.valueOf(given));
        });
  }

  @Test
  void aBigIntegerIsANumber() {
    assertThat(definition(AttributeType.NUMBER).validate(BigInteger.TEN)).isEqualTo(BigDecimal.TEN);
  }

  @Test
  void aKeyIsLowerCaseLettersDigitsAndUnderscoresStartingWithALetter() {
    assertThat(CustomAttributeDefinition.isValidKey("order_id_2")).isTrue();
    assertThat(CustomAttributeDefinition.isValidKey("x")).isTrue();
    assertThat(CustomAttributeDefinition.isValidKey("2x")).isFalse();
    assertThat(CustomAttributeDefinition.isValidKey("X")).isFalse();
  }

  private static CustomAttributeDefinition definition(AttributeType type) {
    List<String> values = type == AttributeType.LIST ? List.of("gold", "silver") : List.of();
    return new CustomAttributeDefinition(AccountId.of(1), AttributeModel.CONVERSATION, "field", "Field", type,
        values);
  }
}
