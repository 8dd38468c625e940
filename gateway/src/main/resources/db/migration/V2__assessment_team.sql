-- The product team that submitted an assessment (the token's team claim). A team sees only its own assessments;
-- auditors see all. Assessments stored before teams were kept have no team (NULL): only auditors see them, since
-- any default name could be a real team's.
ALTER TABLE assessment ADD COLUMN team VARCHAR(200);

CREATE INDEX assessment_team_idx ON assessment (team, created_at DESC, id DESC);
