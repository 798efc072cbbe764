-- Tenancy: every tenant table carries business_id and is guarded by row-level
-- security on app.current_business(), which fails closed (SQLSTATE 42501) when
-- a transaction did not set its tenant. Tables belong to the migration role;
-- the application role ${appRole} owns nothing and has no BYPASSRLS.

CREATE SCHEMA app;

CREATE FUNCTION app.current_business() RETURNS uuid
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    v text := current_setting('app.business_id', true);
BEGIN
    IF v IS NULL OR v = '' THEN
        RAISE EXCEPTION 'no tenant set for this transaction' USING ERRCODE = '42501';
    END IF;
    RETURN v::uuid;
END
$$;

-- The signed-in user, set next to the tenant; NULL (never an error) when unset,
-- because only policies that also check the tenant use it.
CREATE FUNCTION app.current_user_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT nullif(current_setting('app.user_id', true), '')::uuid
$$;

CREATE TABLE businesses (
    id                uuid PRIMARY KEY CHECK (id <> '00000000-0000-0000-0000-000000000000'),
    name              varchar(120) NOT NULL,
    currency          char(3)      NOT NULL DEFAULT 'NGN',
    onboarding_status varchar(20)  NOT NULL DEFAULT 'PENDING',
    settings          jsonb        NOT NULL DEFAULT '{}',
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now()
);

-- Users are global identities (one login, possibly several businesses);
-- what they may see is decided by memberships, which are tenant rows.
CREATE TABLE users (
    id             uuid PRIMARY KEY,
    email          varchar(254) NOT NULL,
    password_hash  varchar(255) NOT NULL,
    email_verified boolean      NOT NULL DEFAULT false,
    created_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE memberships (
    id          uuid PRIMARY KEY,
    business_id uuid        NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role        varchar(20) NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'OPERATOR', 'VIEWER')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (business_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

CREATE TABLE refresh_tokens (
    id          uuid PRIMARY KEY,
    business_id uuid        NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   uuid        NOT NULL,
    token_hash  char(64)    NOT NULL UNIQUE,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (business_id, family_id);

CREATE TABLE email_verifications (
    id          uuid PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  char(64)    NOT NULL UNIQUE,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Security events are about identities, not tenants (a failed sign-in for an
-- unknown email has no business), so they are global and append-only.
CREATE TABLE security_events (
    id          uuid PRIMARY KEY,
    event_type  varchar(50)  NOT NULL,
    user_id     uuid,
    email       varchar(254),
    ip_address  varchar(64),
    detail      jsonb        NOT NULL DEFAULT '{}',
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX security_events_created_idx ON security_events (created_at DESC);

CREATE TABLE outbound_mail (
    id          uuid PRIMARY KEY,
    recipient   varchar(254) NOT NULL,
    subject     varchar(255) NOT NULL,
    body_text   text         NOT NULL,
    status      varchar(20)  NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'CAPTURED')),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    sent_at     timestamptz
);
CREATE INDEX outbound_mail_created_idx ON outbound_mail (created_at DESC);

CREATE TABLE notifications (
    id          uuid PRIMARY KEY,
    business_id uuid         NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    user_id     uuid         REFERENCES users (id) ON DELETE CASCADE,
    type        varchar(50)  NOT NULL,
    priority    varchar(10)  NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    title       varchar(255) NOT NULL,
    content     text         NOT NULL,
    metadata    jsonb        NOT NULL DEFAULT '{}',
    read        boolean      NOT NULL DEFAULT false,
    read_at     timestamptz,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX notifications_business_read_idx ON notifications (business_id, read, created_at DESC);

-- Row-level security -------------------------------------------------------

ALTER TABLE businesses ENABLE ROW LEVEL SECURITY;
ALTER TABLE businesses FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON businesses
    USING (id = app.current_business())
    WITH CHECK (id = app.current_business());
-- A signed-in user may read the businesses they belong to (choosing one at login).
CREATE POLICY member_reads ON businesses FOR SELECT
    USING (id IN (SELECT m.business_id FROM memberships m WHERE m.user_id = app.current_user_id()));

ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON memberships
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());
CREATE POLICY own_reads ON memberships FOR SELECT
    USING (user_id = app.current_user_id());

ALTER TABLE refresh_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE refresh_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON refresh_tokens
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE notifications FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON notifications
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

-- Grants for the application role --------------------------------------------

GRANT USAGE ON SCHEMA app TO ${appRole};
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO ${appRole};
GRANT USAGE ON SCHEMA public TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON businesses, memberships, refresh_tokens, notifications TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON users, email_verifications, outbound_mail TO ${appRole};
GRANT SELECT, INSERT ON security_events TO ${appRole};
