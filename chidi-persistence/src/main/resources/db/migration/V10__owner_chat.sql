-- The owner's own chat with CHIDI (spec 4.1 messages, for the WEB conversation): one WEB
-- conversation per business, shared by its team; each message names who wrote it. CHIDI's
-- proposals (a rule or a stock change waiting for the owner's yes) are messages too, with the
-- structured change in payload and their state in proposal_status.

CREATE UNIQUE INDEX conversations_web_key ON conversations (business_id) WHERE platform = 'WEB';

CREATE TABLE chat_messages (
    id              uuid PRIMARY KEY,
    business_id     uuid          NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    conversation_id uuid          NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    -- Who wrote it (role USER) or whom CHIDI answered (role ASSISTANT).
    user_id         uuid          REFERENCES users (id) ON DELETE SET NULL,
    role            varchar(10)   NOT NULL CHECK (role IN ('USER', 'ASSISTANT')),
    kind            varchar(20)   NOT NULL
                    CHECK (kind IN ('TEXT', 'RULE_PROPOSAL', 'STOCK_PROPOSAL')),
    content         text          NOT NULL,
    confidence      numeric(4, 3),
    -- A proposal's change as JSON text ({"action": "create", "rule": {...}}); NULL for text.
    payload         text,
    proposal_status varchar(10)
                    CHECK (proposal_status IN ('PENDING', 'CONFIRMED', 'CANCELLED', 'EXPIRED')),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    CHECK ((kind = 'TEXT') = (proposal_status IS NULL))
);
CREATE INDEX chat_messages_history_idx ON chat_messages (business_id, created_at DESC, id);
CREATE INDEX chat_messages_pending_idx ON chat_messages (business_id, user_id)
    WHERE proposal_status = 'PENDING';

-- What the chat knows of the business beyond its messages (spec 4.1 user_contexts, one row per
-- business): where the onboarding interview stands, the summary of messages too old for the
-- context window, and how long messages are kept.
CREATE TABLE user_contexts (
    business_id       uuid          PRIMARY KEY REFERENCES businesses (id) ON DELETE CASCADE,
    -- The onboarding question waiting for an answer; NULL once the interview is over.
    onboarding_step   varchar(20)
                      CHECK (onboarding_step IN ('BUSINESS_NAME', 'PRODUCTS', 'SHIPPING', 'RETURNS',
                                                 'PAYMENT', 'HOURS_LOCATION', 'TONE')),
    summary           text,
    summarized_until  timestamptz,
    retention_days    integer       NOT NULL DEFAULT 30 CHECK (retention_days BETWEEN 1 AND 3650),
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now()
);

ALTER TABLE chat_messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE chat_messages FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON chat_messages
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());
ALTER TABLE user_contexts ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_contexts FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON user_contexts
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

-- The nightly retention sweep runs for no business: with app.chat_sweep = 'on' (and the "no
-- business" tenant) it may read which businesses have a chat context, then purges each as that
-- business.
CREATE POLICY retention_sweep ON user_contexts FOR SELECT
    USING (current_setting('app.chat_sweep', true) = 'on');

GRANT SELECT, INSERT, UPDATE, DELETE ON chat_messages, user_contexts TO ${appRole};
