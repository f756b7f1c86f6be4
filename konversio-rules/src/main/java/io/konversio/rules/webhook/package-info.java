/**
 * Webhooks for the {@code send_webhook_event} action: {@link io.konversio.rules.webhook.Webhooks} checks each URL
 * against an SSRF policy, signs the JSON body with a per-account secret ({@link io.konversio.rules.webhook.WebhookSecrets}),
 * posts it with the JDK HTTP client as Konversio due work, retries with exponential backoff, and records every
 * attempt in a {@link io.konversio.rules.webhook.WebhookDeliveryLog}.
 *
 * <p>The wire format (headers, signature, retries) is described in {@code docs/webhooks.md}.
 */
@NullMarked
package io.konversio.rules.webhook;

import org.jspecify.annotations.NullMarked;
