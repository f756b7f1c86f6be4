package io.konversio.rules.spi;

import java.util.Objects;

/**
 * One webhook delivery asked for by a {@code send_webhook_event} action. Immutable and thread-safe.
 *
 * @param accountId   the account whose rule fired
 * @param ruleId      the rule that fired
 * @param url         the absolute http(s) URL from the action's params
 * @param eventName   {@code automation_event.<event>}, for example {@code automation_event.message_created}
 * @param payloadJson the JSON body: {@code event}, {@code account_id}, {@code rule}, {@code conversation} and
 *                    {@code message} (null unless the event is {@code message_created})
 */
public record WebhookRequest(long accountId, long ruleId, String url, String eventName, String payloadJson) {
    public WebhookRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(payloadJson, "payloadJson");
    }
}
