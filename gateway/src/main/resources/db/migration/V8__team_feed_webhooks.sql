-- Telling teams: a feed entry per verdict change of a team's latest assessment of an app, a webhook per team,
-- and one delivery per feed entry and webhook, with every attempt logged.
CREATE TABLE feed_entry (
    id            UUID         PRIMARY KEY,
    team          VARCHAR(200) NOT NULL,
    app_name      VARCHAR(200) NOT NULL,
    assessment_id UUID         NOT NULL REFERENCES assessment (id),
    cause         VARCHAR(30)  NOT NULL CHECK (cause IN ('WAIVER_EXPIRED', 'WAIVER_REVOKED', 'RULESET_PUBLISHED')),
    waiver_id     UUID         REFERENCES waiver (id),
    overall_before VARCHAR(20) NOT NULL,
    overall_after  VARCHAR(20) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the feed item as it is answered and sent (JSON)
    body          TEXT         NOT NULL
);
CREATE INDEX feed_entry_team_idx ON feed_entry (team, created_at DESC, id DESC);
CREATE INDEX feed_entry_app_idx ON feed_entry (team, lower(app_name), created_at DESC);

CREATE TABLE webhook (
    team       VARCHAR(200) PRIMARY KEY,
    url        VARCHAR(2000) NOT NULL,
    -- the shared secret deliveries are signed with (HMAC-SHA256); never answered by the API
    secret     VARCHAR(500) NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE webhook_delivery (
    id              UUID         PRIMARY KEY,
    team            VARCHAR(200) NOT NULL,
    feed_entry_id   UUID         NOT NULL REFERENCES feed_entry (id),
    url             VARCHAR(2000) NOT NULL,
    status          VARCHAR(20)  NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    -- every attempt: [{"at", "statusCode", "error"}] (JSON)
    log             TEXT         NOT NULL DEFAULT '[]',
    version         BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (feed_entry_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_team_idx ON webhook_delivery (team, created_at DESC, id DESC);
