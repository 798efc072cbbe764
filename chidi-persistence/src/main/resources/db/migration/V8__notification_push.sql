-- Web Push subscriptions: one row per browser (push service endpoint) a person of a business
-- subscribed, with the keys its payloads are encrypted for (RFC 8291). An endpoint is unique
-- within a business (unique checks see every tenant's rows, so not across businesses): a browser
-- that subscribes again there, perhaps for another person, takes its row over. A tenant table
-- under row-level security like every other.

CREATE TABLE push_subscriptions (
    id          uuid PRIMARY KEY,
    business_id uuid          NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    user_id     uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    endpoint    varchar(2048) NOT NULL,
    p256dh      varchar(128)  NOT NULL,
    auth        varchar(64)   NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (business_id, endpoint)
);

CREATE INDEX push_subscriptions_business_user_idx ON push_subscriptions (business_id, user_id);

ALTER TABLE push_subscriptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE push_subscriptions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON push_subscriptions
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

GRANT SELECT, INSERT, UPDATE, DELETE ON push_subscriptions TO ${appRole};

-- Daily e-mail digests sent: one row per person, business and day (in the person's time zone).
-- Every instance's hourly timer tries to claim the row first (INSERT ... ON CONFLICT DO NOTHING),
-- so one digest is mailed per day however many instances run. Under row-level security too.

CREATE TABLE notification_digests (
    business_id uuid        NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day         date        NOT NULL,
    sent_at     timestamptz NOT NULL,
    PRIMARY KEY (business_id, user_id, day)
);

ALTER TABLE notification_digests ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_digests FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON notification_digests
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

GRANT SELECT, INSERT ON notification_digests TO ${appRole};
