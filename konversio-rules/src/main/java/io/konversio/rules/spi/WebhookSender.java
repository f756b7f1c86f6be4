package io.konversio.rules.spi;

/**
 * Delivers the payload of a {@code send_webhook_event} action to its URL. The host (or konversio-rules' own
 * delivery in {@code io.konversio.rules.webhook}) implements it; install one with
 * {@code Automation.builder().webhooks(sender)}. Called on the thread that evaluates the rule; implementations
 * must be thread-safe. Throw to report a failure: the action is recorded as failed with that cause.
 */
@FunctionalInterface
public interface WebhookSender {

    /** Sends (or queues) the request. */
    void send(WebhookRequest request);
}
