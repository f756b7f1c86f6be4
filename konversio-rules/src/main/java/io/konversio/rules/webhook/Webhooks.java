package io.konversio.rules.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.konversio.core.InvalidInputException;
import io.konversio.core.Konversio;
import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.duework.DueItem;
import io.konversio.core.spi.Extension;
import io.konversio.rules.spi.WebhookRequest;
import io.konversio.rules.spi.WebhookSender;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the webhooks of {@code send_webhook_event} actions: checks the URL against the SSRF policy, then posts the
 * signed JSON body as Konversio due work, retrying with exponential backoff, and records every attempt in the
 * {@link WebhookDeliveryLog}. Install it as an extension and hand it to the automation glue as its
 * {@link WebhookSender}. Thread-safe; one instance belongs to one {@link Konversio}.
 *
 * <pre>{@code
 * Webhooks webhooks = Webhooks.builder()
 *     .secrets(accountId -> settings.webhookSecret(accountId))
 *     .build();
 * Konversio konversio = Konversio.builder().extension(webhooks).runDueWorkEvery(Duration.ofSeconds(1)).build();
 * }</pre>
 *
 * <p>{@link #send} does not post: it validates and schedules the first attempt, due at once, so the event thread
 * never waits on a receiver. Attempts run on whichever thread runs {@link Konversio#runDueWork()}, one at a
 * time, each bounded by the connect timeout plus the request timeout. Delivery is at least once: receivers drop
 * repeats by the {@code X-Konversio-Delivery} header. The wire format is described in {@code docs/webhooks.md}.
 */
public final class Webhooks implements WebhookSender, Extension {
    /** The kind of the due items that carry webhook attempts. */
    public static final String DUE_WORK_KIND = "webhook.delivery";
    /** The largest body accepted, in characters. */
    public static final int MAX_BODY_CHARS = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);
    private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final WebhookSecrets secrets;
    private final WebhookDeliveryLog deliveryLog;
    private final UrlGuard guard;
    private final WebhookPoster poster;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final AtomicReference<@Nullable Konversio> konversio = new AtomicReference<>();

    private Webhooks(Builder b) {
        this.secrets = Objects.requireNonNull(b.secrets);
        this.deliveryLog = b.deliveryLog;
        this.guard = new UrlGuard(b.allowedHosts, b.resolver);
        this.poster = new WebhookPoster(b.connectTimeout, b.requestTimeout);
        this.maxAttempts = b.maxAttempts;
        this.firstRetry = b.firstRetry;
        this.maxRetry = b.maxRetry;
    }

    /** A builder; {@link Builder#secrets(WebhookSecrets)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void configure(Konversio.Builder builder) {
        builder.dueWorkHandler(DUE_WORK_KIND, this::runDue);
    }

    @Override
    public void started(Konversio value) {
        if (!konversio.compareAndSet(null, value)) {
            throw new IllegalStateException("these webhooks already belong to another Konversio");
        }
    }

    /**
     * Validates the request and schedules its first attempt (see {@link #submit}).
     *
     * @throws WebhookRefusedException if the SSRF policy refuses the URL or the account has no secret
     * @throws InvalidInputException naming the field when the account, rule, event name or body is invalid
     */
    @Override
    public void send(WebhookRequest request) {
        submit(request);
    }

    /**
     * Validates the request and schedules its first attempt, due now; returns the delivery id that every attempt
     * sends as {@code X-Konversio-Delivery}. Resolves the URL's host (a DNS look-up) but does not post.
     *
     * @throws WebhookRefusedException if the SSRF policy refuses the URL or the account has no secret
     * @throws InvalidInputException naming the field when the account, rule, event name or body is invalid
     * @throws io.konversio.core.NotFoundException if the account does not exist
     * @throws IllegalStateException if this instance is not installed in a built Konversio
     */
    public String submit(WebhookRequest request) {
        Objects.requireNonNull(request, "request");
        Konversio k = started();
        validate(request);
        guard.check(request.url());
        if (secret(request.accountId()).length == 0) {
            throw new WebhookRefusedException(request.url(),
                    "account " + request.accountId() + " has no webhook signing secret");
        }
        String deliveryId = UUID.randomUUID().toString();
        DeliveryTask task = new DeliveryTask(deliveryId, request.ruleId(), request.url(), request.eventName(),
                request.payloadJson(), 1);
        k.scheduleDueWork(AccountId.of(request.accountId()), DUE_WORK_KIND, task.key(), task.toJson(),
                k.clock().instant());
        return deliveryId;
    }

    /** One page of the account's delivery attempts, newest first; {@code size} is 1 to 500. */
    public Page<WebhookDelivery> deliveries(long accountId, int page, int size) {
        InvalidInputException.check(page >= 0, "page", page, "must be >= 0");
        InvalidInputException.check(size >= 1 && size <= 500, "size", size, "must be 1..500");
        return deliveryLog.list(accountId, page, size);
    }

    /** The wait after failed attempt {@code attempt} (from 1): the first retry delay, doubled each time, capped. */
    Duration retryDelay(int attempt) {
        Duration delay = firstRetry;
        for (int i = 1; i < attempt && delay.compareTo(maxRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }

    private Konversio started() {
        Konversio k = konversio.get();
        if (k == null) {
            throw new IllegalStateException("webhooks are not installed in a built Konversio");
        }
        return k;
    }

    private static void validate(WebhookRequest request) {
        InvalidInputException.check(request.accountId() > 0, "accountId", request.accountId(), "must be positive");
        InvalidInputException.check(request.ruleId() >= 0, "ruleId", request.ruleId(),
                "must be positive, or 0 when no rule asked for the webhook");
        InvalidInputException.check(EVENT_NAME.matcher(request.eventName()).matches(), "eventName",
                request.eventName(), "must be 1 to 100 letters, digits, '_', '.', ':' or '-'");
        String body = request.payloadJson();
        InvalidInputException.check(!body.isBlank(), "payloadJson", body, "must not be blank");
        InvalidInputException.check(body.length() <= MAX_BODY_CHARS, "payloadJson", body,
                "must be at most " + MAX_BODY_CHARS + " characters");
        try {
            JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("payloadJson", body, "is not JSON: " + e.getOriginalMessage());
        }
    }

    private byte[] secret(long accountId) {
        byte[] secret = secrets.secret(accountId);
        return secret == null ? new byte[0] : secret;
    }

    private void runDue(Konversio k, DueItem item) {
        DeliveryTask task;
        try {
            task = DeliveryTask.fromJson(item.payload());
        } catch (IllegalArgumentException e) {
            LOG.error("dropping due item {}: {}", item.key(), e.getMessage());
            return;
        }
        AccountId account = item.accountId();
        WebhookPoster.Result result = attempt(k, account.value(), task);
        WebhookDelivery.Outcome outcome;
        if (result.delivered()) {
            outcome = WebhookDelivery.Outcome.DELIVERED;
        } else if (result.retryable() && task.attempt() < maxAttempts) {
            outcome = WebhookDelivery.Outcome.RETRYING;
            Instant next = k.clock().instant().plus(retryDelay(task.attempt()));
            k.scheduleDueWork(account, DUE_WORK_KIND, task.key(), task.next().toJson(), next);
            LOG.info("webhook {} to {} (account {}, rule {}) failed on attempt {}: {}; next attempt at {}",
                    task.deliveryId(), task.url(), account, task.ruleId(), task.attempt(), result.error(), next);
        } else {
            outcome = WebhookDelivery.Outcome.FAILED;
            LOG.warn("webhook {} to {} (account {}, rule {}) failed on attempt {}: {}; giving up", task.deliveryId(),
                    task.url(), account, task.ruleId(), task.attempt(), result.error());
        }
        deliveryLog.record(new WebhookDelivery(task.deliveryId(), account.value(), task.ruleId(), task.url(),
                task.event(), task.attempt(), result.statusCode(), result.error(), k.clock().instant(), outcome));
    }

    /** Checks the URL again (DNS may have changed since it was scheduled), signs and posts. */
    private WebhookPoster.Result attempt(Konversio k, long accountId, DeliveryTask task) {
        URI uri;
        try {
            uri = guard.check(task.url());
        } catch (WebhookRefusedException e) {
            return e.getCause() instanceof UnknownHostException
                    ? WebhookPoster.Result.failed(0, e.reason())
                    : WebhookPoster.Result.refused("refused: " + e.reason());
        }
        byte[] secret;
        try {
            secret = secret(accountId);
        } catch (RuntimeException e) {
            LOG.warn("webhook secret of account {} could not be read", accountId, e);
            return WebhookPoster.Result.failed(0, "the signing secret could not be read: " + e);
        }
        if (secret.length == 0) {
            return WebhookPoster.Result.refused("account " + accountId + " has no webhook signing secret");
        }
        long timestamp = k.clock().instant().getEpochSecond();
        return poster.post(uri, task, timestamp, Signature.header(secret, timestamp, task.body()));
    }

    /** Configures {@link Webhooks}. Each setter validates its argument at once. Not thread-safe. */
    public static final class Builder {
        private @Nullable WebhookSecrets secrets;
        private WebhookDeliveryLog deliveryLog = WebhookDeliveryLog.inMemory();
        private final Set<String> allowedHosts = new HashSet<>();
        private UrlGuard.Resolver resolver = InetAddress::getAllByName;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private int maxAttempts = 8;
        private Duration firstRetry = Duration.ofSeconds(30);
        private Duration maxRetry = Duration.ofHours(1);

        private Builder() {
        }

        /** Each account's signing secret; required. */
        public Builder secrets(WebhookSecrets value) {
            this.secrets = Objects.requireNonNull(value, "secrets");
            return this;
        }

        /** Where attempts are recorded. Default: in memory, the latest 1,000 per account. */
        public Builder deliveryLog(WebhookDeliveryLog value) {
            this.deliveryLog = Objects.requireNonNull(value, "deliveryLog");
            return this;
        }

        /**
         * Hosts exempt from the address check, e.g. {@code allowHosts("hooks.internal.example", "10.1.2.3")}:
         * compared ignoring case with the URL's host as written (IPv6 with or without brackets). Adds to earlier
         * calls. Default: none, so loopback, private and link-local addresses are refused.
         */
        public Builder allowHosts(String... hosts) {
            Objects.requireNonNull(hosts, "hosts");
            for (String host : hosts) {
                Objects.requireNonNull(host, "host");
                String normalized = UrlGuard.normalizeHost(host);
                if (normalized.isEmpty() || normalized.contains("/") || normalized.contains(" ")) {
                    throw new IllegalArgumentException("not a host name or address: '" + host + "'");
                }
                allowedHosts.add(normalized);
            }
            return this;
        }

        /** How long to wait for a connection; 1 ms to 5 minutes. Default: 5 seconds. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = timeout(value, "connectTimeout");
            return this;
        }

        /** How long to wait for the response once connected; 1 ms to 5 minutes. Default: 10 seconds. */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = timeout(value, "requestTimeout");
            return this;
        }

        /** How many attempts in all, the first included; 1 to 100. Default: 8. */
        public Builder maxAttempts(int value) {
            if (value < 1 || value > 100) {
                throw new IllegalArgumentException("maxAttempts must be 1..100: " + value);
            }
            this.maxAttempts = value;
            return this;
        }

        /**
         * The wait before the first retry, doubled for each further retry up to {@code max}. Default: 30 seconds
         * and 1 hour (30 s, 1 min, 2 min ... 32 min for 8 attempts).
         */
        public Builder retryBackoff(Duration first, Duration max) {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(max, "max");
            if (first.isNegative() || first.isZero()) {
                throw new IllegalArgumentException("first retry delay must be positive: " + first);
            }
            if (max.compareTo(first) < 0) {
                throw new IllegalArgumentException("max retry delay " + max + " is below the first " + first);
            }
            this.firstRetry = first;
            this.maxRetry = max;
            return this;
        }

        /** For tests: how host names are resolved. */
        Builder resolver(UrlGuard.Resolver value) {
            this.resolver = Objects.requireNonNull(value, "resolver");
            return this;
        }

        /** Builds the webhooks; throws {@link IllegalStateException} when no secrets were given. */
        public Webhooks build() {
            if (secrets == null) {
                throw new IllegalStateException("secrets are required: call secrets(accountId -> ...)");
            }
            return new Webhooks(this);
        }

        private static Duration timeout(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.toMillis() < 1 || value.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException(name + " must be 1 ms to 5 minutes: " + value);
            }
            return value;
        }
    }
}
