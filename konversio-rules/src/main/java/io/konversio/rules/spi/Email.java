package io.konversio.rules.spi;

import java.util.List;
import java.util.Objects;

/**
 * An email an automation rule asks the {@link Mailer} to send. Immutable and thread-safe.
 *
 * @param accountId the account whose rule fired
 * @param ruleId    the rule that fired
 * @param to        the recipients' addresses, at least one, without duplicates
 * @param subject   the subject line
 * @param body      the plain-text body
 */
public record Email(long accountId, long ruleId, List<String> to, String subject, String body) {
    public Email {
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("an email needs at least one recipient");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
