package io.konversio.core;

import io.konversio.core.agent.AgentId;
import io.konversio.core.contact.ContactId;
import java.util.Objects;

/**
 * Who performs a command or sent a message: an agent, a contact, a bot, an automation rule, a campaign or the
 * system. Immutable; thread-safe.
 *
 * @param kind what sort of actor
 * @param id the actor's id within its kind (0 for the system)
 */
public record Actor(Kind kind, long id) {

  /** The kinds of actor, each with a stable persisted code. */
  public enum Kind {
    AGENT("agent"), CONTACT("contact"), BOT("bot"), AUTOMATION("automation"), CAMPAIGN("campaign"), SYSTEM("system");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The persisted code. */
    public String code() {
      return code;
    }

    /** The kind with this persisted code. */
    public static Kind ofCode(String code) {
      for (Kind kind : values()) {
        if (kind.code.equals(code)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("unknown actor kind: " + code);
    }
  }

  private static final Actor SYSTEM = new Actor(Kind.SYSTEM, 0);

  public Actor {
    Objects.requireNonNull(kind, "kind");
  }

  public static Actor agent(AgentId agent) {
    return new Actor(Kind.AGENT, agent.value());
  }

  public static Actor contact(ContactId contact) {
    return new Actor(Kind.CONTACT, contact.value());
  }

  public static Actor bot(long botId) {
    return new Actor(Kind.BOT, botId);
  }

  /** The automation rule with this id. Changes made by it do not trigger automation again. */
  public static Actor automation(long ruleId) {
    return new Actor(Kind.AUTOMATION, ruleId);
  }

  public static Actor campaign(long campaignId) {
    return new Actor(Kind.CAMPAIGN, campaignId);
  }

  public static Actor system() {
    return SYSTEM;
  }

  public boolean isAgent() {
    return kind == Kind.AGENT;
  }

  public boolean isAutomation() {
    return kind == Kind.AUTOMATION;
  }

  /** The agent, when this actor is one. */
  public java.util.Optional<AgentId> agentId() {
    return isAgent() ? java.util.Optional.of(new AgentId(id)) : java.util.Optional.empty();
  }
}
