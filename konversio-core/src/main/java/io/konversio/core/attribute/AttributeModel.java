package io.konversio.core.attribute;

/** What a custom attribute describes. */
public enum AttributeModel {
  CONVERSATION("conversation_attribute"), CONTACT("contact_attribute");

  private final String code;

  AttributeModel(String code) {
    this.code = code;
  }

  /** The persisted code, the same as Chatwoot's {@code custom_attribute_type}. */
  public String code() {
    return code;
  }

  public static AttributeModel ofCode(String code) {
    for (AttributeModel m : values()) {
      if (m.code.equals(code)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown attribute model: " + code);
  }
}
