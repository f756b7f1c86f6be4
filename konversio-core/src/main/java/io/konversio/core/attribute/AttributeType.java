package io.konversio.core.attribute;

/**
 * The type of a custom attribute, which decides what values it accepts and how they are stored:
 * text and link as {@code String}, number as {@code java.math.BigDecimal}, date as {@code java.time.LocalDate},
 * list as the chosen {@code String}, checkbox as {@code Boolean}.
 */
public enum AttributeType {
  TEXT("text"), NUMBER("number"), LINK("link"), DATE("date"), LIST("list"), CHECKBOX("checkbox");

  private final String code;

  AttributeType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static AttributeType ofCode(String code) {
    for (AttributeType t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown attribute type: " + code);
  }
}
