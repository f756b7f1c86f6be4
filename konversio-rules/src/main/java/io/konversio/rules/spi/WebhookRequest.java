package io.konversio.rules.spi;

import java.util.Objects;

/**
 * One webhook to send: the account, the rule that asked for it, the target URL, the event name and the JSON body.
 * Immutable; thread-safe.
 *
 * @param accountId the account the rule belongs to
 * @param ruleId the rule whose send_webhook_event action asked for it
 * @param url the target URL, as the rule gives it
 * @param eventName the event name, e.g. {@code message_created}
 * @param payloadJson the JSON body, sent as it is
 */
public record WebhookRequest(long accountId, long ruleId, String url, String eventName, String payloadJson) {

    public WebhookRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(payloadJson, "payloadJson");
    }
}
