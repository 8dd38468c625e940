-- Launch maps: one profile judged in every country of a scope (the world, or a bloc's members, optionally with the
-- subdivisions of chosen countries). Kept immutably like assessments: the application only ever inserts rows, and
-- GET answers the stored body byte for byte. A team sees only its own launch maps; auditors and compliance
-- officers see all.
CREATE TABLE launch_map (
    id              UUID         PRIMARY KEY,
    team            VARCHAR(200),
    app_name        VARCHAR(200) NOT NULL,
    scope           VARCHAR(20)  NOT NULL CHECK (scope IN ('WORLD', 'BLOC')),
    overall         VARCHAR(20)  NOT NULL CHECK (overall IN ('COMPLIANT', 'NEEDS_REVIEW', 'NON_COMPLIANT')),
    targets         INTEGER      NOT NULL CHECK (targets > 0),
    compliant       INTEGER      NOT NULL CHECK (compliant >= 0),
    needs_review    INTEGER      NOT NULL CHECK (needs_review >= 0),
    non_compliant   INTEGER      NOT NULL CHECK (non_compliant >= 0),
    as_of           DATE         NOT NULL,
    ruleset_version BIGINT       NOT NULL CHECK (ruleset_version > 0),
    evaluated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    -- the normalized launch-map request that was judged
    request         JSONB        NOT NULL,
    -- the response body exactly as it was sent (about 100 KB for the world; lz4 as for assessments, see V4)
    body            TEXT         NOT NULL,
    CHECK (compliant + needs_review + non_compliant = targets)
);

ALTER TABLE launch_map
    ALTER COLUMN body SET COMPRESSION lz4,
    ALTER COLUMN request SET COMPRESSION lz4;

CREATE INDEX launch_map_team_idx ON launch_map (team, created_at DESC, id DESC);
CREATE INDEX launch_map_created_at_idx ON launch_map (created_at DESC, id DESC);

CREATE FUNCTION launch_map_is_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'launch maps are immutable; store a new one instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER launch_map_no_update BEFORE UPDATE ON launch_map
    FOR EACH ROW EXECUTE FUNCTION launch_map_is_immutable();
