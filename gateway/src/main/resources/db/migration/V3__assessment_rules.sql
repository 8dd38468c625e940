-- The rules that decided each assessment (its findings) or will (its upcoming rules), so a compliance officer
-- can see which launches a rule affects: GET /api/v1/assessments?ruleId=...
CREATE TABLE assessment_rule (
    assessment_id UUID         NOT NULL REFERENCES assessment (id),
    rule_id       VARCHAR(100) NOT NULL,
    PRIMARY KEY (assessment_id, rule_id)
);

CREATE INDEX assessment_rule_rule_idx ON assessment_rule (rule_id);

INSERT INTO assessment_rule (assessment_id, rule_id)
SELECT DISTINCT a.id, cited.rule_id
FROM assessment a,
     LATERAL (SELECT jsonb_path_query(a.body::jsonb, '$.results[*].findings[*].ruleId') #>> '{}' AS rule_id
              UNION
              SELECT jsonb_path_query(a.body::jsonb, '$.results[*].upcoming[*].ruleId') #>> '{}') cited
WHERE cited.rule_id IS NOT NULL;
