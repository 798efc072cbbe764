-- Notification preferences: per person of a business and per notification type, whether it
-- shows in the app, how it is mailed (IMMEDIATE, DIGEST, OFF) and the quiet hours in the
-- person's time zone. A missing row means the defaults (see NotificationSettings). A tenant
-- table under row-level security like every other.

CREATE TABLE notification_preferences (
    id                uuid PRIMARY KEY,
    business_id       uuid         NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    user_id           uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type              varchar(50)  NOT NULL,
    in_app            boolean      NOT NULL DEFAULT true,
    email             varchar(10)  NOT NULL DEFAULT 'IMMEDIATE' CHECK (email IN ('IMMEDIATE', 'DIGEST', 'OFF')),
    quiet_hours_start time,
    quiet_hours_end   time,
    time_zone         varchar(64)  NOT NULL DEFAULT 'Africa/Lagos',
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (business_id, user_id, type),
    CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL))
);

-- Replaying a stream after Last-Event-ID walks a business's notifications in creation order.
CREATE INDEX notifications_business_created_idx ON notifications (business_id, created_at, id);

ALTER TABLE notification_preferences ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_preferences FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON notification_preferences
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

GRANT SELECT, INSERT, UPDATE, DELETE ON notification_preferences TO ${appRole};
