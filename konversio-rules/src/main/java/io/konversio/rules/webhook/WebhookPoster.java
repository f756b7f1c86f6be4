package io.konversio.rules.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Makes one POST with the JDK HTTP client: HTTP/1.1, redirects never followed, a connect timeout and a hard
 * deadline of connect plus request timeout for the whole exchange (the response body is discarded). Thread-safe.
 */
final class WebhookPoster {
    private static final String USER_AGENT = "Konversio-Webhooks/1";

    /**
     * What one attempt got: a status (0 when there was no answer), an error text (null when 2xx) and whether
     * trying again may help.
     */
    record Result(int statusCode, @Nullable String error, boolean retryable) {
        static Result failed(int statusCode, String error) {
            return new Result(statusCode, error, true);
        }

        static Result refused(String error) {
            return new Result(0, error, false);
        }

        boolean delivered() {
            return error == null;
        }
    }

    private final HttpClient client;
    private final Duration requestTimeout;
    private final Duration deadline;

    WebhookPoster(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
        this.requestTimeout = requestTimeout;
        this.deadline = connectTimeout.plus(requestTimeout);
    }

    Result post(URI uri, DeliveryTask task, long timestamp, String signature) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("X-Konversio-Event", task.event())
                .header("X-Konversio-Delivery", task.deliveryId())
                .header("X-Konversio-Attempt", Integer.toString(task.attempt()))
                .header("X-Konversio-Timestamp", Long.toString(timestamp))
                .header("X-Konversio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(task.body(), StandardCharsets.UTF_8))
                .build();
        CompletableFuture<HttpResponse<Void>> future;
        try {
            future = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        } catch (IllegalArgumentException e) {
            return Result.refused("error: " + e.getMessage());
        }
        try {
            return classify(future.get(deadline.toMillis(), TimeUnit.MILLISECONDS).statusCode());
        } catch (TimeoutException e) {
            future.cancel(true);
            return Result.failed(0, "timed out after " + deadline.toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Result.failed(0, "interrupted");
        } catch (ExecutionException e) {
            return Result.failed(0, describe(e.getCause() == null ? e : e.getCause()));
        }
    }

    private static Result classify(int status) {
        if (status >= 200 && status < 300) {
            return new Result(status, null, false);
        }
        if (status >= 300 && status < 400) {
            return Result.failed(status, "HTTP " + status + " (redirects are not followed)");
        }
        return Result.failed(status, "HTTP " + status);
    }

    private static String describe(Throwable failure) {
        if (failure instanceof HttpTimeoutException) {
            return "timed out: " + failure.getMessage();
        }
        String kind = failure instanceof IOException ? "I/O error" : "error";
        String message = failure.getMessage();
        return kind + ": " + failure.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
