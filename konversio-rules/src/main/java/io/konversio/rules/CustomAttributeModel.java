package io.konversio.rules;

import java.util.Optional;

/**
 * Which record a custom attribute belongs to, with Chatwoot's {@code custom_attribute_type} code; immutable
 * and thread-safe.
 */
public enum CustomAttributeModel {
    CONVERSATION("conversation_attribute"),
    CONTACT("contact_attribute");

    private final String code;

    CustomAttributeModel(String code) {
        this.code = code;
    }

    /** The persisted code, for example {@code contact_attribute}. */
    public String code() {
        return code;
    }

    /** Finds the model with this persisted code. */
    public static Optional<CustomAttributeModel> fromCode(String code) {
        for (CustomAttributeModel m : values()) {
            if (m.code.equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
