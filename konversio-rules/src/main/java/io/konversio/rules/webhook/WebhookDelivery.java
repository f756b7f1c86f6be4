package io.konversio.rules.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to deliver a webhook, as recorded in the {@link WebhookDeliveryLog}. Immutable; thread-safe.
 *
 * @param deliveryId the delivery's id, sent as {@code X-Konversio-Delivery}; the same on every attempt
 * @param accountId the account
 * @param ruleId the rule that asked for the webhook
 * @param url the target URL
 * @param eventName the event, sent as {@code X-Konversio-Event}
 * @param attempt the attempt number, from 1
 * @param statusCode the HTTP status the receiver answered, or 0 when there was no answer (I/O error, timeout,
 *     refused address)
 * @param error what went wrong, or null when delivered
 * @param time when the attempt ended, by Konversio's clock
 * @param outcome delivered, retrying later, or failed for good
 */
public record WebhookDelivery(String deliveryId, long accountId, long ruleId, String url, String eventName,
        int attempt, int statusCode, @Nullable String error, Instant time, Outcome outcome) {

    public WebhookDelivery {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(outcome, "outcome");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1: " + attempt);
        }
    }

    /** What an attempt led to; {@link #code()} is the stable text to persist. */
    public enum Outcome {
        /** The receiver answered 2xx. */
        DELIVERED("delivered"),
        /** The attempt failed and another one is scheduled. */
        RETRYING("retrying"),
        /** The attempt failed and no other will be made. */
        FAILED("failed");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        /** The persisted code, e.g. {@code delivered}. */
        public String code() {
            return code;
        }

        /** The outcome with this persisted code. */
        public static Outcome ofCode(String code) {
            for (Outcome outcome : values()) {
                if (outcome.code.equals(code)) {
                    return outcome;
                }
            }
            throw new IllegalArgumentException("unknown webhook delivery outcome: " + code);
        }
    }
}
