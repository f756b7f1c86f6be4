package io.konversio.rules.spi;

/**
 * Sends the email of {@code send_email_to_team} and {@code send_email_transcript} actions; the host implements it
 * with its mail system and installs it with {@code Automation.builder().mailer(mailer)}. Called on the thread that
 * evaluates the rule; implementations must be thread-safe. Throw to report a failure: the action is recorded as
 * failed with that cause.
 */
@FunctionalInterface
public interface Mailer {

    /** Sends (or queues) the email. */
    void send(Email email);
}
