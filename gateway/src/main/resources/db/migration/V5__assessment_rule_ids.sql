-- The rules an assessment cites (its findings and upcoming rules) move from one row each in assessment_rule into
-- an array on the assessment, indexed with GIN: storing an assessment of ten targets wrote about 43 rows and 86
-- index entries; now it writes one array (docs/benchmarks.md). GET /api/v1/assessments?ruleId= asks the index
-- with rule_ids @> ARRAY[...]. Existing assessments get their rules from assessment_rule; the table is dropped.
ALTER TABLE assessment ADD COLUMN rule_ids TEXT[] NOT NULL DEFAULT '{}';

-- Assessments are immutable to the application (trigger assessment_no_update); this migration alone fills the new
-- column of the rows already stored.
ALTER TABLE assessment DISABLE TRIGGER assessment_no_update;
UPDATE assessment a
SET rule_ids = cited.rule_ids
FROM (SELECT assessment_id, array_agg(rule_id ORDER BY rule_id) AS rule_ids
      FROM assessment_rule
      GROUP BY assessment_id) cited
WHERE cited.assessment_id = a.id;
ALTER TABLE assessment ENABLE TRIGGER assessment_no_update;

ALTER TABLE assessment ALTER COLUMN rule_ids DROP DEFAULT;
CREATE INDEX assessment_rule_ids_idx ON assessment USING gin (rule_ids);
DROP TABLE assessment_rule;
