-- Freshness: the day a rule was last checked against its sources (null: never reviewed, which counts as
-- overdue). Shown to compliance officers; verdicts do not use it. Rule history keeps it inside the rule JSON.
ALTER TABLE rule ADD COLUMN reviewed_on DATE;
CREATE INDEX rule_reviewed_on_idx ON rule (reviewed_on);

-- The last import of each rule pack: its release, changelog and the rules it names, for the officers' view of
-- GET /api/v1/rulepacks. Rules themselves stay in `rule`; an import that changes nothing leaves this row alone.
CREATE TABLE rule_pack (
    pack            VARCHAR(100)  PRIMARY KEY,
    release         VARCHAR(40),
    description     VARCHAR(2000),
    origin          VARCHAR(2000),
    changelog       JSONB         NOT NULL DEFAULT '[]',
    rule_ids        TEXT[]        NOT NULL DEFAULT '{}',
    imported_at     TIMESTAMPTZ   NOT NULL,
    imported_by     VARCHAR(200)  NOT NULL,
    ruleset_version BIGINT        NOT NULL
);
