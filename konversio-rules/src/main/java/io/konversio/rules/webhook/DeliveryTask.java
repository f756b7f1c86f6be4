package io.konversio.rules.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;

/**
 * The payload of a webhook's due item: what to send and which attempt comes next. Stored as JSON text in the
 * due-work store, so it survives restarts with the rest of Konversio's data. Immutable; thread-safe.
 *
 * @param deliveryId the idempotency key, the same on every attempt
 * @param ruleId the rule that asked for the webhook
 * @param url the target URL
 * @param event the event name
 * @param body the JSON body
 * @param attempt the number of the attempt to make, from 1
 */
record DeliveryTask(String deliveryId, long ruleId, String url, String event, String body, int attempt) {
    private static final ObjectMapper JSON = new ObjectMapper();

    DeliveryTask {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(body, "body");
    }

    /** The due-work key: unique per delivery, so each attempt replaces the previous one. */
    String key() {
        return Webhooks.DUE_WORK_KIND + ":" + deliveryId;
    }

    DeliveryTask next() {
        return new DeliveryTask(deliveryId, ruleId, url, event, body, attempt + 1);
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write webhook delivery task", e);
        }
    }

    static DeliveryTask fromJson(String json) {
        try {
            return JSON.readValue(json, DeliveryTask.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a webhook delivery task: " + e.getOriginalMessage(), e);
        }
    }
}
