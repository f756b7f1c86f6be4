package io.konversio.rules;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Conversations;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.conversation.NewMessage;
import io.konversio.core.conversation.Priority;
import io.konversio.rules.spi.ActionExecutor;
import io.konversio.rules.spi.Email;
import io.konversio.rules.spi.Mailer;
import io.konversio.rules.spi.WebhookRequest;
import io.konversio.rules.spi.WebhookSender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Carries out planned actions through konversio-core's commands, as {@code Actor.automation(ruleId)}, and returns
 * the fact as the stored conversation is afterwards, so later rules see real effects. A failure is thrown, and the
 * engine records it. Thread-safe.
 */
final class CoreActionExecutor implements ActionExecutor {
    /** Message attribute naming the rule that sent a message, as in Chatwoot. */
    static final String RULE_ATTRIBUTE = "automation_rule_id";
    static final String TEAM_EMAIL_SUBJECT = "This email has been sent via automation rule actions.";

    private final Supplier<Konversio> konversio;
    private final Mailer mailer;
    private final WebhookSender webhooks;
    private final AutomationLimits limits;
    private final WebhookPayloads payloads = new WebhookPayloads();

    CoreActionExecutor(Supplier<Konversio> konversio, Mailer mailer, WebhookSender webhooks, AutomationLimits limits) {
        this.konversio = konversio;
        this.mailer = mailer;
        this.webhooks = webhooks;
        this.limits = limits;
    }

    @Override
    public ConversationFact execute(PlannedAction planned, ConversationFact current) {
        String name = planned.action().name();
        ActionType type = ActionType.fromCode(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown action '" + name + "'"));
        Run run = new Run(planned, current);
        Conversation after = switch (type) {
            case ASSIGN_AGENT -> run.assignAgent();
            case ASSIGN_TEAM -> run.assignTeam();
            case ADD_LABEL -> run.conversations.addLabels(run.id, run.params, run.actor);
            case REMOVE_LABEL -> run.conversations.removeLabels(run.id, run.params, run.actor);
            case SEND_MESSAGE -> run.message(false);
            case ADD_PRIVATE_NOTE -> run.message(true);
            case SEND_EMAIL_TO_TEAM -> run.emailTeams();
            case SEND_EMAIL_TRANSCRIPT -> run.emailTranscript();
            case SEND_WEBHOOK_EVENT -> run.webhook();
            case SEND_ATTACHMENT -> throw new UnsupportedOperationException(
                    "send_attachment is not supported: Konversio stores no attachments");
            case MUTE_CONVERSATION -> run.conversations.mute(run.id, run.actor);
            case SNOOZE_CONVERSATION -> run.snooze();
            case RESOLVE_CONVERSATION -> run.conversations.resolve(run.id, run.actor);
            case OPEN_CONVERSATION -> run.conversations.open(run.id, run.actor);
            case CHANGE_STATUS -> run.status(run.first());
            case CHANGE_PRIORITY -> run.priority();
        };
        return after == null ? current : EventFacts.conversation(current.toBuilder(), after).build();
    }

    /** One action on one conversation. */
    private final class Run {
        final PlannedAction planned;
        final ConversationFact fact;
        final Konversio root = konversio.get();
        final Desk desk;
        final Conversations conversations;
        final ConversationId id;
        final Actor actor;
        final List<String> params;

        Run(PlannedAction planned, ConversationFact fact) {
            this.planned = planned;
            this.fact = fact;
            this.desk = root.desk(AccountId.of(planned.accountId()));
            this.conversations = desk.conversations();
            this.id = ConversationId.of(planned.conversationId());
            this.actor = Actor.automation(planned.ruleId().value());
            this.params = planned.action().textParams();
        }

        String first() {
            return params.isEmpty() ? "" : params.get(0).trim();
        }

        Conversation assignAgent() {
            String agent = first();
            return agent.equals("nil") ? conversations.unassign(id, actor)
                    : conversations.assign(id, AgentId.of(Long.parseLong(agent)), actor);
        }

        Conversation assignTeam() {
            String team = first();
            return team.isEmpty() || team.equals("nil") || team.equals("0") ? conversations.removeTeam(id, actor)
                    : conversations.assignTeam(id, TeamId.of(Long.parseLong(team)), actor);
        }

        @Nullable Conversation message(boolean privateNote) {
            Instant now = root.clock().instant();
            Instant since = now.minus(Duration.ofMinutes(1));
            long recent = conversations.messages(id).stream()
                    .filter(m -> automated(m) && m.createdAt().isAfter(since))
                    .count();
            if (recent >= limits.maxAutomatedMessagesPerMinute()) {
                throw new AutomationLimitException(AutomationLimitException.Limit.MESSAGES_PER_MINUTE, id.value(),
                        "automation already sent " + recent + " messages to conversation " + id.value()
                                + " in the last minute (limit " + limits.maxAutomatedMessagesPerMinute() + ")");
            }
            String text = new Placeholders(root, desk, conversations.get(id)).render(first());
            NewMessage message = (privateNote ? NewMessage.note(text) : NewMessage.reply(text))
                    .withAttributes(Map.of(RULE_ATTRIBUTE, Long.toString(planned.ruleId().value())));
            conversations.post(id, message, actor);
            return null;
        }

        @Nullable Conversation emailTeams() {
            Map<?, ?> param = (Map<?, ?>) planned.action().params().get(0);
            List<String> to = ((List<?>) param.get("team_ids")).stream()
                    .map(t -> desk.teams().get(TeamId.of(Long.parseLong(String.valueOf(t).trim()))))
                    .flatMap(team -> team.members().stream().sorted())
                    .map(agent -> desk.agents().get(agent).email())
                    .distinct().toList();
            if (to.isEmpty()) {
                throw new IllegalStateException("the teams " + param.get("team_ids") + " have no members to email");
            }
            String body = new Placeholders(root, desk, conversations.get(id)).render(String.valueOf(param.get("message")));
            mailer.send(new Email(planned.accountId(), planned.ruleId().value(), to, TEAM_EMAIL_SUBJECT, body));
            return null;
        }

        @Nullable Conversation emailTranscript() {
            List<String> to = List.of(first().split(",")).stream().map(String::trim).filter(s -> !s.isEmpty())
                    .distinct().toList();
            Conversation c = conversations.get(id);
            mailer.send(new Email(planned.accountId(), planned.ruleId().value(), to,
                    "Conversation transcript #" + c.displayId(), new Transcript(desk, c).text()));
            return null;
        }

        @Nullable Conversation webhook() {
            Conversation c = conversations.get(id);
            String json = payloads.payload(planned, fact, c, desk.contacts().find(c.contactId()));
            webhooks.send(new WebhookRequest(planned.accountId(), planned.ruleId().value(), first(),
                    WebhookPayloads.eventName(fact), json));
            return null;
        }

        Conversation snooze() {
            if (params.isEmpty()) {
                return conversations.snoozeUntilNextReply(id, actor);
            }
            Duration duration = Duration.parse(first());
            return conversations.snoozeUntil(id, root.clock().instant().plus(duration), actor);
        }

        Conversation status(String code) {
            return switch (ConversationStatus.ofCode(code.toLowerCase(Locale.ROOT))) {
                case OPEN -> conversations.open(id, actor);
                case PENDING -> conversations.markPending(id, actor);
                case RESOLVED -> conversations.resolve(id, actor);
                case SNOOZED -> conversations.snoozeUntilNextReply(id, actor);
            };
        }

        Conversation priority() {
            String code = first().toLowerCase(Locale.ROOT);
            Priority priority = code.equals("nil") || code.isEmpty() ? Priority.NONE : Priority.ofCode(code);
            return conversations.setPriority(id, priority, actor);
        }
    }

    /** Whether the message counts as one automation sent. */
    static boolean automated(Message m) {
        return m.sender().isAutomation() && m.type() != MessageType.ACTIVITY;
    }
}
