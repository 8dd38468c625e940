-- What an AI system does and the team's role: a rule may name the use cases it is about and the roles it binds
-- (empty: any use, every role). Rule history keeps them inside the rule JSON, where rules without them leave them out.
ALTER TABLE rule ADD COLUMN use_cases TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE rule ADD COLUMN roles     TEXT[] NOT NULL DEFAULT '{}';

-- The rule-pack release whose import made a ruleset version (null for every other change, and for versions made
-- before this column existed). A version contains the release of the latest such row at or before it.
ALTER TABLE ruleset_version ADD COLUMN pack         VARCHAR(100);
ALTER TABLE ruleset_version ADD COLUMN pack_release VARCHAR(40);
CREATE INDEX ruleset_version_pack_idx ON ruleset_version (version) WHERE pack IS NOT NULL;
