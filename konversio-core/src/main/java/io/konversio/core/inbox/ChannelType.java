package io.konversio.core.inbox;

/**
 * The channel an inbox receives conversations through, with what that channel can do. Each constant has a stable
 * persisted code (never the ordinal).
 */
public enum ChannelType {
  WEBSITE("website", false, true),
  EMAIL("email", true, false),
  API("api", true, false),
  SMS("sms", true, false),
  WHATSAPP("whatsapp", true, false),
  FACEBOOK("facebook", false, false),
  INSTAGRAM("instagram", false, false),
  TELEGRAM("telegram", false, false),
  LINE("line", false, false),
  TWITTER("twitter", false, false);

  private final String code;
  private final boolean outbound;
  private final boolean liveChat;

  ChannelType(String code, boolean outbound, boolean liveChat) {
    this.code = code;
    this.outbound = outbound;
    this.liveChat = liveChat;
  }

  /** The persisted code, e.g. {@code website}. */
  public String code() {
    return code;
  }

  /** Whether the channel can start a conversation with an outbound message (one-off campaigns need this). */
  public boolean supportsOutboundMessages() {
    return outbound;
  }

  /** Whether the channel is the website live-chat widget (ongoing campaigns need this). */
  public boolean isLiveChat() {
    return liveChat;
  }

  /** The channel type with this persisted code. */
  public static ChannelType ofCode(String code) {
    for (ChannelType type : values()) {
      if (type.code.equals(code)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown channel type: " + code);
  }
}
