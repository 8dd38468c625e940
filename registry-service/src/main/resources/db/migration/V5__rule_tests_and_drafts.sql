-- Rule tests: the examples a rule carries (a JSON array of io.launchcheck.api.RuleTest; NULL: none). They are part
-- of the rule, so history keeps them inside the rule JSON; the ruleset the rules-service reads leaves them out.
ALTER TABLE rule ADD COLUMN tests TEXT;

-- Drafts: a rule change saved but not published. The rule table (and so every ruleset) never holds a draft;
-- publishing applies it as an ordinary audited change that moves the ruleset version.
CREATE TABLE rule_draft (
    id              UUID          PRIMARY KEY,
    rule_id         VARCHAR(100)  NOT NULL,
    action          VARCHAR(10)   NOT NULL,
    -- the proposed rule as JSON (io.launchcheck.api.Rule, canonical); NULL for a deletion
    content         JSONB,
    -- the stored rule's version when the draft was saved; NULL: the rule did not exist
    base_version    BIGINT,
    status          VARCHAR(10)   NOT NULL,
    reason          VARCHAR(1000),
    created_by      VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    closed_by       VARCHAR(200),
    closed_at       TIMESTAMPTZ,
    ruleset_version BIGINT        REFERENCES ruleset_version (version),
    version         BIGINT        NOT NULL,
    CONSTRAINT rule_draft_action CHECK (action IN ('UPSERT', 'DELETE')),
    CONSTRAINT rule_draft_status CHECK (status IN ('OPEN', 'PUBLISHED', 'DISCARDED'))
);
CREATE INDEX rule_draft_status_idx ON rule_draft (status, created_at);
