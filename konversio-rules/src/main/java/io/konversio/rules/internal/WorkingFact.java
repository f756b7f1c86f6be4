package io.konversio.rules.internal;

import io.konversio.rules.ConversationFact;
import io.konversio.rules.RuleEvent;
import io.konversio.rules.StandardAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The object Drools matches: an immutable {@link ConversationFact} plus the set of rules that already fired
 * for this event (the at-most-once guard). A new instance replaces the old one in the session after each
 * firing. Getters are bean-style so Drools' property reactivity knows the properties; see
 * {@link #changedMask}. Confined to one evaluating thread (it caches folded text lazily).
 */
public final class WorkingFact {
    static final String EVENT = "event";
    static final String EVENT_STATUS = "eventStatus";
    static final String INBOX_ID = "inboxId";
    static final String STATUS = "status";
    static final String PRIORITY = "priority";
    static final String ASSIGNEE_ID = "assigneeId";
    static final String TEAM_ID = "teamId";
    static final String LABELS = "labels";
    static final String FIRED = "fired";
    /** Everything actions never change: message, contact, attributes, business hours, changes. */
    static final String DATA = "data";

    /** Bits of the properties actions can change, in masks from {@link #changedMask}. */
    static final int STATUS_BIT = 1;
    static final int PRIORITY_BIT = 2;
    static final int ASSIGNEE_ID_BIT = 4;
    static final int TEAM_ID_BIT = 8;
    static final int LABELS_BIT = 16;
    static final int INBOX_ID_BIT = 32;
    static final int DATA_BIT = 64;
    private static final String[] BIT_NAMES = {STATUS, PRIORITY, ASSIGNEE_ID, TEAM_ID, LABELS, INBOX_ID, DATA};
    /** The property names of every mask, computed once (Drools reads them; nobody writes them). */
    private static final String[][] NAMES_BY_MASK = namesByMask();
    private static final int TEXT_ATTRIBUTES = StandardAttribute.values().length;
    private static final long[] NONE_FIRED = new long[0];

    private static final int PLAIN_CONTENT_TESTS = 16;

    private final ConversationFact data;
    private final long[] fired;
    /** Folded text attributes by ordinal, allocated at the first fold of one that is not the content. */
    private @Nullable String @Nullable [] foldedText;
    /** The folded content (null until needed): it is folded for nearly every event, so it has its own field. */
    private @Nullable String foldedContent;
    private final @Nullable KeywordAutomaton keywords;
    /** Which content keywords occur (null until scanned); content is DATA, so it carries over like the fold. */
    private long @Nullable [] keywordHits;
    /** Plain substring tests done on this content before switching to one automaton scan. */
    private int plainContentTests;
    /** The bucket whose keyword key was last computed for this content, and that key (see {@link #dispatchKey}). */
    private @Nullable KeywordDispatch dispatch;
    private @Nullable Integer dispatchKey;
    /** The route of this event ({@link ReaderIndex#route}), cached. */
    private @Nullable Integer route;

    /** A fresh working fact with no rule fired. */
    public WorkingFact(ConversationFact data) {
        this(data, null);
    }

    /** A fresh working fact that finds content keywords with {@code keywords} (null: plain substring tests). */
    WorkingFact(ConversationFact data, @Nullable KeywordAutomaton keywords) {
        this(data, NONE_FIRED, null, null, keywords, null, 0);
    }

    private WorkingFact(ConversationFact data, long[] fired, @Nullable String @Nullable [] foldedText,
                        @Nullable String foldedContent,
                        @Nullable KeywordAutomaton keywords, long @Nullable [] keywordHits, int plainContentTests) {
        this.data = Objects.requireNonNull(data, "data");
        this.fired = fired;
        this.foldedText = foldedText;
        this.foldedContent = foldedContent;
        this.keywords = keywords;
        this.keywordHits = keywordHits;
        this.plainContentTests = plainContentTests;
    }

    public ConversationFact getData() {
        return data;
    }

    public RuleEvent getEvent() {
        return data.event();
    }

    public @Nullable String getEventStatus() {
        return data.eventStatus();
    }

    public long getInboxId() {
        return data.inboxId();
    }

    public String getStatus() {
        return data.status();
    }

    public String getPriority() {
        return data.priority();
    }

    public @Nullable Long getAssigneeId() {
        return data.assigneeId();
    }

    public @Nullable Long getTeamId() {
        return data.teamId();
    }

    public Set<String> getLabels() {
        return data.labels();
    }

    public long[] getFired() {
        return fired.clone();
    }

    /** True when the rule with this index already fired for the event. */
    public boolean hasFired(int ruleIndex) {
        int word = ruleIndex >>> 6;
        return word < fired.length && (fired[word] & (1L << ruleIndex)) != 0;
    }

    /** This fact after rule {@code ruleIndex} fired and its actions turned the data into {@code after}. */
    WorkingFact next(ConversationFact after, int ruleIndex, boolean dataChanged) {
        int word = ruleIndex >>> 6;
        long[] f = java.util.Arrays.copyOf(fired, Math.max(fired.length, word + 1));
        f[word] |= 1L << ruleIndex;
        // text attributes are part of DATA: unless DATA changed, the folded cache carries over
        if (dataChanged) {
            return new WorkingFact(after, f, null, null, keywords, null, 0);
        }
        WorkingFact next = new WorkingFact(after, f, foldedText, foldedContent, keywords, keywordHits,
                plainContentTests);
        next.dispatch = dispatch;
        next.dispatchKey = dispatchKey;
        if (after.inboxId() == data.inboxId()) {
            next.route = route;
        }
        return next;
    }

    /** The route of this event in {@code readers} ({@link ReaderIndex#route}), cached. */
    Integer route(ReaderIndex readers) {
        Integer r = route;
        if (r == null) {
            r = readers.route(this);
            route = r;
        }
        return r;
    }

    /** Caches {@code r}, the route {@link ReaderIndex#route} gives this fact. */
    void knownRoute(Integer r) {
        route = r;
    }

    /** The keyword key of this content in bucket {@code d} ({@link KeywordDispatch#key}), cached. */
    Integer dispatchKey(KeywordDispatch d) {
        Integer key = dispatchKey;
        if (dispatch == d && key != null) {
            return key;
        }
        key = d.key(this);
        dispatch = d;
        dispatchKey = key;
        return key;
    }

    /**
     * Which content keywords occur, from one scan of the content (cached); null when the content is null or
     * there is no automaton.
     */
    long @Nullable [] contentHits() {
        long[] hits = keywordHits;
        if (hits != null) {
            return hits;
        }
        KeywordAutomaton k = keywords;
        String raw = data.content();
        if (k == null || raw == null) {
            return null;
        }
        String f = foldedContent;
        hits = f != null ? k.scan(f) : k.scanAscii(raw);
        if (hits == null) {
            hits = k.scan(folded(StandardAttribute.CONTENT, raw));
        }
        keywordHits = hits;
        return hits;
    }

    /** The content keyword hits if a scan already found them, else null (does not scan). */
    long @Nullable [] knownKeywordHits() {
        return keywordHits;
    }

    /**
     * False only when the content contains none of the keywords {@code ids} (true when it may: no automaton).
     * Scans the content once per event.
     */
    boolean mayContainAny(int[] ids) {
        if (keywords == null) {
            return true;
        }
        long[] hits = contentHits();
        return hits != null && KeywordAutomaton.any(hits, ids);
    }

    /**
     * The content keyword hits of the automaton, or null when a plain substring test is cheaper: the first few
     * tests on an event use {@link String#contains}; after that one scan answers every remaining one.
     * {@code folded} is the folded content, not null.
     */
    long @Nullable [] keywordHits(String folded) {
        long[] hits = keywordHits;
        if (hits != null) {
            return hits;
        }
        KeywordAutomaton k = keywords;
        if (k == null || ++plainContentTests <= PLAIN_CONTENT_TESTS) {
            return null;
        }
        hits = k.scan(folded);
        keywordHits = hits;
        return hits;
    }

    /**
     * {@code test} on this fact without counting its content tests toward the switch to a keyword scan: for
     * the engine's own re-checks ({@link ReaderIndex}), which would otherwise trigger a scan that costs more
     * than the few tests left.
     */
    boolean testWithoutScan(java.util.function.Predicate<WorkingFact> test) {
        int saved = plainContentTests;
        plainContentTests = Integer.MIN_VALUE;
        try {
            return test.test(this);
        } finally {
            plainContentTests = saved;
        }
    }

    /** The folded value of a text attribute, cached. */
    @Nullable String folded(StandardAttribute attribute, @Nullable String raw) {
        if (raw == null) {
            return null;
        }
        if (attribute == StandardAttribute.CONTENT) {
            String f = foldedContent;
            if (f == null) {
                f = Text.fold(raw);
                foldedContent = f;
            }
            return f;
        }
        @Nullable String[] cache = foldedText;
        if (cache == null) {
            cache = new String[TEXT_ATTRIBUTES];
            foldedText = cache;
        }
        int i = attribute.ordinal();
        String f = cache[i];
        if (f == null) {
            f = Text.fold(raw);
            cache[i] = f;
        }
        return f;
    }

    /**
     * The labels, folded: the fact's own set, which its constructor folds; folding is idempotent
     * ({@code TextTest} checks every code point), so folding them again would change nothing.
     */
    Set<String> foldedLabels() {
        return data.labels();
    }

    /** True when everything but the separately reactive properties is equal. */
    private static boolean sameData(ConversationFact a, ConversationFact b) {
        return a.event() == b.event() && Objects.equals(a.eventStatus(), b.eventStatus())
                && a.occurredAt().equals(b.occurredAt()) && a.accountId() == b.accountId()
                && a.conversationId() == b.conversationId() && Objects.equals(a.messageId(), b.messageId())
                && Objects.equals(a.contactId(), b.contactId()) && Objects.equals(a.content(), b.content())
                && Objects.equals(a.messageType(), b.messageType()) && a.privateMessage() == b.privateMessage()
                && Objects.equals(a.email(), b.email()) && Objects.equals(a.phoneNumber(), b.phoneNumber())
                && Objects.equals(a.name(), b.name()) && Objects.equals(a.countryCode(), b.countryCode())
                && Objects.equals(a.city(), b.city()) && Objects.equals(a.company(), b.company())
                && Objects.equals(a.browserLanguage(), b.browserLanguage())
                && Objects.equals(a.conversationLanguage(), b.conversationLanguage())
                && Objects.equals(a.referer(), b.referer()) && Objects.equals(a.mailSubject(), b.mailSubject())
                && a.conversationAttributes().equals(b.conversationAttributes())
                && a.contactAttributes().equals(b.contactAttributes())
                && a.changedAttributes().equals(b.changedAttributes())
                && Objects.equals(a.inBusinessHours(), b.inBusinessHours());
    }

    /** The {@code *_BIT}s of the reactive properties that differ between two data snapshots. */
    static int changedMask(ConversationFact a, ConversationFact b) {
        if (a == b) {
            return 0;
        }
        int mask = 0;
        if (!a.status().equals(b.status())) {
            mask |= STATUS_BIT;
        }
        if (!a.priority().equals(b.priority())) {
            mask |= PRIORITY_BIT;
        }
        if (!Objects.equals(a.assigneeId(), b.assigneeId())) {
            mask |= ASSIGNEE_ID_BIT;
        }
        if (!Objects.equals(a.teamId(), b.teamId())) {
            mask |= TEAM_ID_BIT;
        }
        if (!a.labels().equals(b.labels())) {
            mask |= LABELS_BIT;
        }
        if (a.inboxId() != b.inboxId()) {
            mask |= INBOX_ID_BIT;
        }
        if (!sameData(a, b)) {
            mask |= DATA_BIT;
        }
        return mask;
    }

    /** The property names of a {@link #changedMask}, for Drools' property-reactive update. Do not modify. */
    static String[] propertyNames(int mask) {
        return NAMES_BY_MASK[mask];
    }

    /** The bit of a reactive property; 0 for those that never change through actions (event, fired). */
    static int bit(String property) {
        for (int i = 0; i < BIT_NAMES.length; i++) {
            if (BIT_NAMES[i].equals(property)) {
                return 1 << i;
            }
        }
        return 0;
    }

    private static String[][] namesByMask() {
        String[][] out = new String[1 << BIT_NAMES.length][];
        for (int mask = 0; mask < out.length; mask++) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < BIT_NAMES.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    names.add(BIT_NAMES[i]);
                }
            }
            out[mask] = names.toArray(String[]::new);
        }
        return out;
    }
}
