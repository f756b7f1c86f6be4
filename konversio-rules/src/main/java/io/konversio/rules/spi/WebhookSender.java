package io.konversio.rules.spi;

/** Sends the payload of a send_webhook_event action. Must be thread-safe. */
public interface WebhookSender {

    /** Sends (or schedules) one webhook; throws a {@code KonversioException} when it is refused. */
    void send(WebhookRequest request);
}
