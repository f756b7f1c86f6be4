package io.konversio.rules;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.rules.spi.RuleReferences;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Validates actions and their params for {@link RuleValidator}; single use, not thread-safe. */
final class ActionCheck {
    private static final List<String> STATUSES = List.of("open", "pending", "resolved", "snoozed");
    private static final List<String> PRIORITIES = List.of("low", "medium", "high", "urgent", "nil", "none");

    private final AccountId account;
    private final RuleReferences references;
    private final List<RuleProblem> problems;

    ActionCheck(AccountId account, RuleReferences references, List<RuleProblem> problems) {
        this.account = account;
        this.references = references;
        this.problems = problems;
    }

    void check(RuleAction action, String path) {
        ActionType type = ActionType.fromCode(action.name()).orElse(null);
        if (type == null) {
            problem(path + ".action_name", "unknown action '" + action.name() + "'");
            return;
        }
        List<Object> params = action.params();
        String p = path + ".action_params";
        switch (type) {
            case ASSIGN_AGENT -> one(params, p).ifPresent(v -> id(v, p + "[0]", "agent", true));
            case ASSIGN_TEAM -> one(params, p).ifPresent(v -> id(v, p + "[0]", "team", true));
            case ADD_LABEL, REMOVE_LABEL -> labels(params, p);
            case SEND_MESSAGE, ADD_PRIVATE_NOTE -> one(params, p).ifPresent(v -> text(v, p + "[0]"));
            case SEND_EMAIL_TO_TEAM -> one(params, p).ifPresent(v -> emailToTeam(v, p + "[0]"));
            case SEND_EMAIL_TRANSCRIPT -> one(params, p).ifPresent(v -> emails(v, p + "[0]"));
            case SEND_WEBHOOK_EVENT -> one(params, p).ifPresent(v -> url(v, p + "[0]"));
            case SEND_ATTACHMENT -> {
                if (params.isEmpty()) {
                    problem(p, "send_attachment needs at least one attachment id");
                }
                for (int i = 0; i < params.size(); i++) {
                    id(params.get(i), p + "[" + i + "]", "attachment", false);
                }
            }
            case SNOOZE_CONVERSATION -> {
                if (params.size() > 1) {
                    problem(p, "snooze_conversation takes no param or one ISO-8601 duration");
                } else if (params.size() == 1) {
                    duration(params.get(0), p + "[0]");
                }
            }
            case CHANGE_STATUS -> one(params, p).ifPresent(v -> choice(v, p + "[0]", STATUSES, "status"));
            case CHANGE_PRIORITY -> one(params, p).ifPresent(v -> choice(v, p + "[0]", PRIORITIES, "priority"));
            case MUTE_CONVERSATION, RESOLVE_CONVERSATION, OPEN_CONVERSATION -> {
                if (!params.isEmpty()) {
                    problem(p, type.code() + " takes no params");
                }
            }
        }
    }

    private java.util.Optional<Object> one(List<Object> params, String path) {
        if (params.size() != 1) {
            problem(path, "expected exactly one param, got " + params.size());
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(params.get(0));
    }

    private void id(Object v, String path, String what, boolean nilAllowed) {
        String s = String.valueOf(v).trim();
        if (nilAllowed && (s.equals("nil") || (what.equals("team") && (s.isEmpty() || s.equals("0"))))) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(s);
        } catch (NumberFormatException e) {
            problem(path, "'" + v + "' is not a " + what + " id");
            return;
        }
        boolean known = switch (what) {
            case "agent" -> id > 0 && references.agentExists(account, AgentId.of(id));
            case "team" -> id > 0 && references.teamExists(account, TeamId.of(id));
            default -> id > 0;
        };
        if (!known) {
            problem(path, "unknown " + what + " id " + id);
        }
    }

    private void labels(List<Object> params, String path) {
        if (params.isEmpty()) {
            problem(path, "expected at least one label");
        }
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (!(v instanceof String s) || s.isEmpty()) {
                problem(path + "[" + i + "]", "a label must be a non-empty string, got " + v);
            } else if (!references.labelExists(account, s.toLowerCase(Locale.ROOT))) {
                problem(path + "[" + i + "]", "unknown label '" + s + "'");
            }
        }
    }

    private void text(Object v, String path) {
        if (!(v instanceof String s) || s.isBlank()) {
            problem(path, "expected non-blank text");
        }
    }

    private void emailToTeam(Object v, String path) {
        if (!(v instanceof Map<?, ?> map)) {
            problem(path, "expected {\"team_ids\": [...], \"message\": \"...\"}");
            return;
        }
        Object ids = map.get("team_ids");
        if (!(ids instanceof List<?> list) || list.isEmpty()) {
            problem(path + ".team_ids", "expected a non-empty array of team ids");
        } else {
            for (int i = 0; i < list.size(); i++) {
                id(list.get(i), path + ".team_ids[" + i + "]", "team", false);
            }
        }
        Object message = map.get("message");
        if (message == null) {
            problem(path + ".message", "message is required");
        } else {
            text(message, path + ".message");
        }
    }

    private void emails(Object v, String path) {
        if (!(v instanceof String s) || s.isBlank()) {
            problem(path, "expected comma-separated email addresses");
            return;
        }
        for (String part : s.split(",")) {
            String email = part.trim();
            int at = email.indexOf('@');
            if (at <= 0 || at == email.length() - 1 || email.chars().anyMatch(Character::isWhitespace)) {
                problem(path, "'" + email + "' is not an email address");
            }
        }
    }

    private void url(Object v, String path) {
        if (!(v instanceof String s)) {
            problem(path, "expected an http(s) URL");
            return;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problem(path, "'" + s + "' is not an absolute http(s) URL with a host");
            }
        } catch (URISyntaxException e) {
            problem(path, "'" + s + "' is not a URL: " + e.getReason());
        }
    }

    private void duration(Object v, String path) {
        try {
            Duration d = Duration.parse(String.valueOf(v));
            if (d.isNegative() || d.isZero()) {
                problem(path, "the snooze duration must be positive, got " + v);
            }
        } catch (DateTimeParseException e) {
            problem(path, "'" + v + "' is not an ISO-8601 duration such as PT4H");
        }
    }

    private void choice(Object v, String path, List<String> allowed, String what) {
        if (!allowed.contains(String.valueOf(v).toLowerCase(Locale.ROOT))) {
            problem(path, "'" + v + "' is not a " + what + "; expected one of " + String.join(", ", allowed));
        }
    }

    private void problem(String path, String message) {
        problems.add(new RuleProblem(path, message));
    }
}
