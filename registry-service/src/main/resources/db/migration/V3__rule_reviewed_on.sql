-- Freshness: the day a rule was last checked against its sources (null: never reviewed, which counts as
-- overdue). Shown to compliance officers; verdicts do not use it. Rule history keeps it inside the rule JSON.
ALTER TABLE rule ADD COLUMN reviewed_on DATE;
CREATE INDEX rule_reviewed_on_idx ON rule (reviewed_on);
