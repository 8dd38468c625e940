package io.launchcheck.registry.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.ModelFamily;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RulesetVersion;
import io.launchcheck.api.Vendor;
import io.launchcheck.registry.domain.ChangeAction;
import io.launchcheck.registry.domain.ChangeRecordEntity;
import io.launchcheck.registry.domain.ModelHistoryEntity;
import io.launchcheck.registry.domain.RuleHistoryEntity;
import io.launchcheck.registry.domain.RulesetHead;
import io.launchcheck.registry.domain.RulesetVersionEntity;
import io.launchcheck.registry.domain.VendorHistoryEntity;
import io.launchcheck.registry.repository.HistoryRepository;
import io.launchcheck.registry.repository.RulesetRepository;

/**
 * Opens a change of the ruleset inside the caller's transaction. Opening locks the version counter
 * ({@code SELECT ... FOR UPDATE}), which serializes writers; the first recorded change moves the version by one,
 * and every further change of the same transaction (a whole rule pack) shares that version.
 */
@ApplicationScoped
public class RulesetChanges {

    private final RulesetRepository rulesets;
    private final HistoryRepository history;
    private final ObjectMapper objectMapper;
    private final Event<RulesetCommitted> committed;

    @Inject
    RulesetChanges(RulesetRepository rulesets,
            HistoryRepository history,
            ObjectMapper objectMapper,
            Event<RulesetCommitted> committed) {
        this.rulesets = rulesets;
        this.history = history;
        this.objectMapper = objectMapper;
        this.committed = committed;
    }

    public Change open(ChangeContext context) {
        return new Change(rulesets.lockForChange(), context);
    }

    /** One transaction's worth of changes. */
    public final class Change {

        private final RulesetHead head;
        private final ChangeContext context;
        private final List<String> summary = new ArrayList<>();
        private RulesetVersionEntity version;

        private Change(RulesetHead head, ChangeContext context) {
            this.head = head;
            this.context = context;
        }

        /** The current version: the new one once something changed, else the one this change started from. */
        public long currentVersion() {
            return head.version;
        }

        public void rule(String id, ChangeAction action, Rule before, Rule after) {
            RuleHistoryEntity row = new RuleHistoryEntity();
            row.ruleId = id;
            history.add(record(row, action, "rule " + id, before, after));
        }

        public void model(String id, ChangeAction action, ModelFamily before, ModelFamily after) {
            ModelHistoryEntity row = new ModelHistoryEntity();
            row.modelId = id;
            history.add(record(row, action, "model " + id, before, after));
        }

        public void vendor(String id, ChangeAction action, Vendor before, Vendor after) {
            VendorHistoryEntity row = new VendorHistoryEntity();
            row.vendorId = id;
            history.add(record(row, action, "vendor " + id, before, after));
        }

        private <T extends ChangeRecordEntity> T record(T row, ChangeAction action, String what, Object before,
                Object after) {
            row.rulesetVersion = next(action + " " + what);
            row.action = action;
            row.actor = context.actor();
            row.reason = context.reason();
            row.at = version.changedAt;
            row.before = json(before);
            row.after = json(after);
            return row;
        }

        /** Records that this change (if it made a version) is the import of a rule-pack release. */
        public void fromPack(String pack, String release) {
            if (version != null) {
                version.pack = pack;
                version.packRelease = release;
            }
        }

        /** Overrides the version log's summary (e.g. "import of rule pack X: 3 added"). */
        public void summarize(String text) {
            if (version != null) {
                version.summary = truncate(text);
            }
        }

        private long next(String what) {
            if (version == null) {
                version = new RulesetVersionEntity();
                version.version = head.version + 1;
                // PostgreSQL keeps microseconds; truncating keeps responses equal to what is read back later
                version.changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                version.actor = context.actor();
                version.reason = context.reason();
                version.summary = truncate(what);
                rulesets.add(version);
                head.version = version.version;
                head.changedAt = version.changedAt;
                // observed after the commit only (RulesetWatch): callers waiting for the version to move are answered
                committed.fire(new RulesetCommitted(new RulesetVersion(version.version, version.changedAt)));
            }
            summary.add(what);
            version.summary = truncate(summary.size() == 1 ? what
                    : summary.size() + " changes: " + String.join("; ", summary));
            return version.version;
        }

        private String json(Object value) {
            if (value == null) {
                return null;
            }
            try {
                return objectMapper.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot serialize history", e);
            }
        }

        private static String truncate(String text) {
            return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
        }
    }
}
