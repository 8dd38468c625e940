-- Waivers: a justified, expiring exception to one rule in one target jurisdiction for one app of one team.
-- A product team requests it, a compliance officer other than the requester approves or rejects it; an approved
-- waiver covers the matching findings until expires_at (exclusive) unless revoked earlier.
CREATE TABLE waiver (
    id                   UUID         PRIMARY KEY,
    rule_id              VARCHAR(200) NOT NULL,
    jurisdiction         VARCHAR(10)  NOT NULL,
    app_name             VARCHAR(200) NOT NULL,
    team                 VARCHAR(200) NOT NULL,
    justification        TEXT         NOT NULL,
    reference            VARCHAR(500) NOT NULL,
    requested_expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set on approval: the requested expiry or an earlier one the approver chose
    expires_at           TIMESTAMP WITH TIME ZONE,
    status               VARCHAR(20)  NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'REVOKED')),
    requested_by         VARCHAR(200) NOT NULL,
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by           VARCHAR(200),
    decided_at           TIMESTAMP WITH TIME ZONE,
    revoked_by           VARCHAR(200),
    revoked_at           TIMESTAMP WITH TIME ZONE,
    -- set once the end of an approved waiver (expiry or revocation) has been told to its team; until then the
    -- expiry check retries (for instance while the rules-service is down)
    end_handled       BOOLEAN      NOT NULL DEFAULT FALSE,
    version              BIGINT       NOT NULL DEFAULT 0,
    CHECK (status <> 'APPROVED' OR (expires_at IS NOT NULL AND decided_by IS NOT NULL)),
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);

-- the look-up of every judgement: the approved waivers of one app of one team
CREATE INDEX waiver_active_idx ON waiver (team, lower(app_name), expires_at) WHERE status = 'APPROVED';
CREATE INDEX waiver_requested_at_idx ON waiver (requested_at DESC, id DESC);
CREATE INDEX waiver_end_idx ON waiver (expires_at) WHERE status IN ('APPROVED', 'REVOKED') AND NOT end_handled;

-- Who did what to a waiver, when: only ever inserted.
CREATE TABLE waiver_event (
    id        UUID         PRIMARY KEY,
    waiver_id UUID         NOT NULL REFERENCES waiver (id),
    action    VARCHAR(20)  NOT NULL CHECK (action IN ('REQUESTED', 'APPROVED', 'REJECTED', 'REVOKED', 'EXPIRED')),
    actor     VARCHAR(200) NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    comment   TEXT,
    expires_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX waiver_event_waiver_idx ON waiver_event (waiver_id, at, id);

CREATE FUNCTION waiver_event_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'waiver history is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER waiver_event_no_change BEFORE UPDATE OR DELETE ON waiver_event
    FOR EACH ROW EXECUTE FUNCTION waiver_event_immutable();
