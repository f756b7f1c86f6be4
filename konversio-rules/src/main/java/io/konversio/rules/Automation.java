package io.konversio.rules;

import io.konversio.core.DispatchStage;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.account.AccountId;
import io.konversio.core.spi.Extension;
import io.konversio.rules.spi.Mailer;
import io.konversio.rules.spi.RuleReferences;
import io.konversio.rules.spi.RuleStore;
import io.konversio.rules.spi.WebhookSender;
import io.konversio.rules.store.InMemoryRuleStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Automation rules for a {@link Konversio}: install it as an extension, manage each account's rules with
 * {@link #rules(Desk)}, and the rules run on every domain event. Thread-safe; one instance per Konversio.
 *
 * <pre>{@code
 * Automation automation = Automation.builder().mailer(mailer).build();
 * Konversio konversio = Konversio.builder().extension(automation).build();
 * automation.rules(desk).importJson(rulesJson);
 * }</pre>
 *
 * <p>On each event (after it is stored, at the automation stage, before reporting, notifications and host
 * listeners) the account's enabled rules run in order and their actions are carried out through konversio-core's
 * commands as {@code Actor.automation(ruleId)}. Events caused by a rule never trigger rules. Two limits back that
 * up (see {@link AutomationLimits}): a cascade depth, for when another actor keeps reacting to automated changes,
 * and a number of automated messages per conversation per minute. An action that fails, or that a limit stops, is
 * reported in the {@link EvaluationResult} every {@link AutomationListener} sees, and logged; the other actions and
 * rules still run.
 */
public final class Automation implements Extension {
    private final RuleStore store;
    private final List<AutomationListener> listeners;
    private final AutomationLimits limits;
    private final Mailer mailer;
    private final WebhookSender webhooks;
    private final RuleReferences references;
    private final RuleEngine engine;
    private final EventFacts facts;
    private final RuleJson json = RuleJson.create();
    private final ConcurrentMap<AccountId, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final long refreshNanos;
    /** Per account: the store's revision when last read, and when (System.nanoTime). */
    private final ConcurrentMap<AccountId, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(long revision, long atNanos) {
    }
    private final AtomicBoolean installed = new AtomicBoolean();
    private volatile @Nullable Konversio konversio;

    private Automation(Builder b) {
        this.store = b.store;
        this.listeners = List.copyOf(b.listeners);
        this.limits = b.limits;
        this.mailer = b.mailer;
        this.webhooks = b.webhooks;
        this.refreshNanos = b.refreshInterval.toNanos();
        this.references = new CoreReferences(account -> konversio().desk(account));
        this.engine = RuleEngine.builder()
                .executor(new CoreActionExecutor(this::konversio, mailer, webhooks, limits))
                .references(references)
                .source(account -> store.list(AccountId.of(account)))
                .build();
        this.facts = new EventFacts(account -> konversio().desk(account));
    }

    /** A builder with an in-memory rule store, default limits, and no mailer or webhook sender. */
    public static Builder builder() {
        return new Builder();
    }

    /** Adds the automation-stage listener that runs the rules; called by {@code Konversio.builder().extension}. */
    @Override
    public void configure(Konversio.Builder builder) {
        if (!installed.compareAndSet(false, true)) {
            throw new IllegalStateException("this Automation is already installed in a Konversio");
        }
        builder.listener(DispatchStage.AUTOMATION,
                new AutomationDispatch(this::konversio, engine, facts, limits, listeners, this::refresh));
    }

    /** Keeps the built Konversio, whose commands carry out the actions. */
    @Override
    public void started(Konversio started) {
        this.konversio = Objects.requireNonNull(started, "konversio");
    }

    /** The rules of the desk's account. */
    public AutomationRules rules(Desk desk) {
        Objects.requireNonNull(desk, "desk");
        return rules(desk.accountId());
    }

    /**
     * The rules of an account of {@code konversio}, which must be the Konversio this automation is installed in.
     *
     * @throws io.konversio.core.NotFoundException if the account does not exist
     */
    public AutomationRules rules(Konversio konversio, AccountId account) {
        Objects.requireNonNull(konversio, "konversio");
        if (konversio != konversio()) {
            throw new IllegalArgumentException("this Automation is installed in another Konversio");
        }
        return rules(account);
    }

    /**
     * Drops the account's compiled rules, so the next event compiles them again from the {@link RuleStore}. Changes
     * made through {@link #rules} swap by themselves, and changes made by another node sharing the store are picked up
     * within the {@link Builder#ruleRefreshInterval refresh interval}; call this to pick them up at once.
     */
    public void reload(AccountId account) {
        Objects.requireNonNull(account, "account");
        engine.evict(account.value());
    }

    /**
     * Before an event of the account is evaluated: at most once per refresh interval, reads the store's revision of
     * the account's rules and drops the compiled rules when it changed (another node changed them). The revision is
     * read before the rules are compiled again, so a change made after it is seen at the next look.
     */
    private void refresh(AccountId account) {
        long now = System.nanoTime();
        Checked last = checked.get(account);
        if (last != null && now - last.atNanos() < refreshNanos) {
            return;
        }
        long revision = store.revision(account);
        if (last == null || last.revision() != revision) {
            engine.evict(account.value());
        }
        checked.put(account, new Checked(revision, now));
    }

    private AutomationRules rules(AccountId account) {
        Objects.requireNonNull(account, "account");
        Konversio root = konversio();
        return new StoredAutomationRules(account, root.desk(account), store, engine, references, json, facts,
                locks.computeIfAbsent(account, a -> new ReentrantLock()), root.clock());
    }

    private Konversio konversio() {
        Konversio k = konversio;
        if (k == null) {
            throw new IllegalStateException("automation is not started: install it with Konversio.builder()"
                    + ".extension(automation) and build the Konversio first");
        }
        return k;
    }

    @Override
    public String toString() {
        return "Automation[store=" + store + ", limits=" + limits + "]";
    }

    /** Configures an {@link Automation}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private RuleStore store = InMemoryRuleStore.create();
        private final List<AutomationListener> listeners = new ArrayList<>();
        private AutomationLimits limits = AutomationLimits.defaults();
        private Duration refreshInterval = Duration.ofSeconds(5);
        private Mailer mailer = email -> {
            throw new IllegalStateException("no mailer configured: Automation.builder().mailer(...)");
        };
        private WebhookSender webhooks = request -> {
            throw new IllegalStateException("no webhook sender configured: Automation.builder().webhooks(...)");
        };

        private Builder() {
        }

        /** Sends the email of {@code send_email_to_team} and {@code send_email_transcript}; default: none (they fail). */
        public Builder mailer(Mailer value) {
            this.mailer = Objects.requireNonNull(value, "mailer");
            return this;
        }

        /** Delivers {@code send_webhook_event}; default: none (the action fails). */
        public Builder webhooks(WebhookSender value) {
            this.webhooks = Objects.requireNonNull(value, "webhooks");
            return this;
        }

        /** Where rules are kept; default: a new {@link InMemoryRuleStore}. */
        public Builder ruleStore(RuleStore value) {
            this.store = Objects.requireNonNull(value, "ruleStore");
            return this;
        }

        /**
         * How often, at most, an account's event makes Automation ask the {@link RuleStore} whether the account's rules
         * changed elsewhere ({@link RuleStore#revision}), e.g. on another node sharing the database; default 5 seconds.
         * Zero asks on every event.
         */
        public Builder ruleRefreshInterval(Duration value) {
            Objects.requireNonNull(value, "ruleRefreshInterval");
            if (value.isNegative()) {
                throw new IllegalArgumentException("ruleRefreshInterval must not be negative: " + value);
            }
            this.refreshInterval = value;
            return this;
        }

        /** The loop-guard limits; default {@link AutomationLimits#defaults()}. */
        public Builder limits(AutomationLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /** Adds a listener that sees every evaluation; listeners run in the order added. */
        public Builder listener(AutomationListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /** Builds the automation; install it with {@code Konversio.builder().extension(...)}. */
        public Automation build() {
            return new Automation(this);
        }
    }
}
