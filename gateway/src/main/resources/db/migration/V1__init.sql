-- Every assessment the gateway answered, kept immutably: the application only ever inserts rows.
CREATE TABLE assessment (
    id               UUID         PRIMARY KEY,
    app_name         VARCHAR(200) NOT NULL,
    overall          VARCHAR(20)  NOT NULL CHECK (overall IN ('COMPLIANT', 'NEEDS_REVIEW', 'NON_COMPLIANT')),
    as_of            DATE         NOT NULL,
    ruleset_version  BIGINT       NOT NULL CHECK (ruleset_version > 0),
    evaluated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    -- the normalized profile that was judged
    profile          JSONB        NOT NULL,
    -- the response body exactly as it was sent, returned byte for byte by GET
    body             TEXT         NOT NULL,
    -- set when this assessment re-judged an earlier one
    reevaluated_from UUID         REFERENCES assessment (id)
);

CREATE INDEX assessment_created_at_idx ON assessment (created_at DESC, id DESC);
CREATE INDEX assessment_app_name_idx ON assessment (lower(app_name), created_at DESC);
CREATE INDEX assessment_overall_idx ON assessment (overall, created_at DESC);
CREATE INDEX assessment_reevaluated_from_idx ON assessment (reevaluated_from);

-- What an auditor relies on: a stored assessment never changes.
CREATE FUNCTION assessment_is_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'assessments are immutable; store a new one instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER assessment_no_update BEFORE UPDATE ON assessment
    FOR EACH ROW EXECUTE FUNCTION assessment_is_immutable();
