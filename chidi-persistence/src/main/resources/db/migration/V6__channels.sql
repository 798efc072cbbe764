-- Channels (spec 4.1 social_connections, conversations, social_messages), re-keyed on
-- business_id. A connection is one WhatsApp phone number, Instagram professional account or
-- sandbox of one business; conversations are per customer on a connection; messages are stored
-- once per platform message id.

CREATE TABLE social_connections (
    id                 uuid PRIMARY KEY,
    business_id        uuid         NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    platform           varchar(20)  NOT NULL CHECK (platform IN ('WHATSAPP', 'INSTAGRAM', 'SANDBOX')),
    -- WhatsApp phone_number_id, Instagram professional account id, or the sandbox's own id.
    account_id         varchar(100) NOT NULL CHECK (btrim(account_id) <> ''),
    display_name       varchar(200),
    -- Tink AEAD ciphertext (associated data = business id); NULL once disconnected.
    access_token       bytea,
    token_expires_at   timestamptz,
    token_refreshed_at timestamptz,
    status             varchar(20)  NOT NULL DEFAULT 'CONNECTED'
                       CHECK (status IN ('CONNECTED', 'EXPIRING', 'EXPIRED', 'DISCONNECTED')),
    -- An approved WhatsApp template for replies outside the 24-hour window.
    template_name      varchar(200),
    template_language  varchar(20),
    last_webhook_at    timestamptz,
    duplicates         bigint       NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    -- An account routes to exactly one business.
    UNIQUE (platform, account_id)
);
CREATE INDEX social_connections_business_idx ON social_connections (business_id, platform);
CREATE INDEX social_connections_route_idx ON social_connections ((platform || ':' || account_id));

CREATE TABLE conversations (
    id                        uuid PRIMARY KEY,
    business_id               uuid         NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    connection_id             uuid         REFERENCES social_connections (id) ON DELETE SET NULL,
    platform                  varchar(20)  NOT NULL CHECK (platform IN ('WHATSAPP', 'INSTAGRAM', 'SANDBOX', 'WEB')),
    -- WhatsApp wa_id, Instagram-scoped id or sandbox id; NULL for the owner's own chat (WEB).
    customer_id               varchar(100),
    customer_name             varchar(200),
    title                     varchar(255),
    status                    varchar(20)  NOT NULL DEFAULT 'ACTIVE'
                              CHECK (status IN ('ACTIVE', 'ESCALATED', 'RESOLVED')),
    -- A person took over: automatic replies pause until released.
    taken_over_by             uuid         REFERENCES users (id) ON DELETE SET NULL,
    last_confidence           numeric(4, 3),
    last_customer_message_at  timestamptz,
    last_message_at           timestamptz,
    first_reply_at            timestamptz,
    created_at                timestamptz  NOT NULL DEFAULT now(),
    updated_at                timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX conversations_customer_key
    ON conversations (business_id, connection_id, customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX conversations_business_recent_idx
    ON conversations (business_id, status, last_message_at DESC);

CREATE TABLE social_messages (
    id                  uuid PRIMARY KEY,
    business_id         uuid          NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    conversation_id     uuid          NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    connection_id       uuid          REFERENCES social_connections (id) ON DELETE SET NULL,
    platform            varchar(20)   NOT NULL CHECK (platform IN ('WHATSAPP', 'INSTAGRAM', 'SANDBOX')),
    direction           varchar(10)   NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND')),
    -- Inbound: the platform's id (wamid, mid); outbound: set once the platform accepted it.
    platform_message_id varchar(255),
    sender_id           varchar(100),
    message_type        varchar(20)   NOT NULL DEFAULT 'TEXT'
                        CHECK (message_type IN ('TEXT', 'MEDIA', 'INTERACTIVE', 'REACTION', 'ECHO', 'TEMPLATE')),
    content             text,
    -- Media references (ids, mime types, URLs as the platform gave them), never the bytes.
    media               jsonb,
    in_reply_to         uuid          REFERENCES social_messages (id) ON DELETE SET NULL,
    -- Outbound: who decided to send it (CHIDI automatically, or a person of the business).
    sent_by             varchar(10)   CHECK (sent_by IN ('CHIDI', 'PERSON')),
    sent_by_user        uuid          REFERENCES users (id) ON DELETE SET NULL,
    -- Inbound: CHIDI's drafted reply, its confidence, decision, intent and reasons.
    ai_response         text,
    confidence          numeric(4, 3),
    decision            varchar(10)   CHECK (decision IN ('SEND', 'ESCALATE')),
    intent              varchar(30),
    reasons             jsonb,
    status              varchar(20)   NOT NULL
                        CHECK (status IN ('RECEIVED', 'ANSWERED', 'ESCALATED', 'IGNORED',
                                          'QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED')),
    attempts            integer       NOT NULL DEFAULT 0,
    error_code          varchar(50),
    error_message       text,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    sent_at             timestamptz,
    delivered_at        timestamptz,
    read_at             timestamptz
);
-- Stored once: a redelivered webhook finds its message here (across businesses, on purpose).
CREATE UNIQUE INDEX social_messages_platform_key
    ON social_messages (platform, platform_message_id) WHERE platform_message_id IS NOT NULL;
CREATE INDEX social_messages_conversation_idx ON social_messages (conversation_id, created_at, id);
CREATE INDEX social_messages_business_recent_idx ON social_messages (business_id, created_at DESC);

-- Row-level security -------------------------------------------------------

ALTER TABLE social_connections ENABLE ROW LEVEL SECURITY;
ALTER TABLE social_connections FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON social_connections
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());
-- A webhook names its account before anyone knows the business: the intake sets
-- app.channel_account to 'PLATFORM:account_id' (with the "no business" tenant) and may read
-- that one connection — only the row whose id the caller already holds.
CREATE POLICY route_reads ON social_connections FOR SELECT
    USING (platform || ':' || account_id = current_setting('app.channel_account', true));

ALTER TABLE conversations ENABLE ROW LEVEL SECURITY;
ALTER TABLE conversations FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON conversations
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

ALTER TABLE social_messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE social_messages FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON social_messages
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

GRANT SELECT, INSERT, UPDATE, DELETE ON social_connections, conversations, social_messages TO ${appRole};
