package io.konversio.rules.webhook;

import io.konversio.core.KonversioException;

/**
 * Thrown when a webhook is refused before anything is sent: the URL is malformed, not http or https, or its host
 * resolves to an address the SSRF policy forbids (loopback, private, link-local and so on), or the account has
 * no signing secret. Names the URL and the reason. Immutable; thread-safe.
 */
public final class WebhookRefusedException extends KonversioException {
    private static final long serialVersionUID = 1L;

    private final String url;
    private final String reason;

    /** Creates the exception for {@code url}, refused for {@code reason}. */
    public WebhookRefusedException(String url, String reason) {
        super("webhook url '" + shorten(url) + "' refused: " + reason);
        this.url = url;
        this.reason = reason;
    }

    /** Creates the exception with the failure that caused the refusal, such as an unknown host. */
    public WebhookRefusedException(String url, String reason, Throwable cause) {
        super("webhook url '" + shorten(url) + "' refused: " + reason, cause);
        this.url = url;
        this.reason = reason;
    }

    /** The refused URL, as given. */
    public String url() {
        return url;
    }

    /** Why it was refused, e.g. {@code host 10.0.0.1 is a private (site-local) address}. */
    public String reason() {
        return reason;
    }

    private static String shorten(String url) {
        return url.length() > 200 ? url.substring(0, 200) + "..." : url;
    }
}
