-- Assistant: the business rules an owner teaches CHIDI, the log of every time the assistant
-- applied one, and the business's own knowledge (policies, FAQs, information). All are tenant
-- tables under row-level security.

CREATE TABLE business_rules (
    id                uuid PRIMARY KEY,
    business_id       uuid          NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    rule_type         varchar(20)   NOT NULL
        CHECK (rule_type IN ('SHIPPING', 'RETURNS', 'PRICING', 'AVAILABILITY', 'CUSTOM')),
    name              varchar(255)  NOT NULL CHECK (btrim(name) <> ''),
    -- The owner's own words, as taught.
    description       text,
    -- [{"field": ..., "operator": ..., "value": ...}], checked by the application on save.
    conditions        jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(conditions) = 'array'),
    -- [{"type": ..., "value": ...}]
    actions           jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(actions) = 'array'),
    response_template text,
    priority          integer       NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 1000),
    is_active         boolean       NOT NULL DEFAULT true,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now()
);
-- The evaluator reads a business's active rules in priority order; the list shows all of them.
CREATE INDEX business_rules_business_active_idx
    ON business_rules (business_id, priority DESC, created_at, id) WHERE is_active;
CREATE INDEX business_rules_business_created_idx ON business_rules (business_id, created_at, id);

-- Append-only: one row per rule the assistant applied. No foreign key to business_rules, so
-- the history of a rule outlives the rule (outcome keeps its name); conversations do not exist
-- yet, so their ids are plain references for now.
CREATE TABLE rule_executions (
    id              uuid PRIMARY KEY,
    business_id     uuid         NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    rule_id         uuid         NOT NULL,
    conversation_id uuid,
    message_id      uuid,
    input           jsonb        NOT NULL,
    outcome         jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX rule_executions_rule_idx ON rule_executions (business_id, rule_id, created_at DESC);
CREATE INDEX rule_executions_conversation_idx ON rule_executions (conversation_id)
    WHERE conversation_id IS NOT NULL;

CREATE TABLE knowledge_entries (
    id          uuid PRIMARY KEY,
    business_id uuid          NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    type        varchar(10)   NOT NULL CHECK (type IN ('POLICY', 'FAQ', 'INFO')),
    topic       varchar(100)  NOT NULL CHECK (btrim(topic) <> ''),
    question    varchar(500),
    content     text          NOT NULL CHECK (btrim(content) <> ''),
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    CHECK (type <> 'FAQ' OR (question IS NOT NULL AND btrim(question) <> ''))
);
CREATE INDEX knowledge_entries_business_idx ON knowledge_entries (business_id, type, created_at, id);

-- Row-level security -------------------------------------------------------

ALTER TABLE business_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE business_rules FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON business_rules
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

ALTER TABLE rule_executions ENABLE ROW LEVEL SECURITY;
ALTER TABLE rule_executions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON rule_executions
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

ALTER TABLE knowledge_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE knowledge_entries FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON knowledge_entries
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

GRANT SELECT, INSERT, UPDATE, DELETE ON business_rules, knowledge_entries TO ${appRole};
-- The execution log is append-only for the application.
GRANT SELECT, INSERT ON rule_executions TO ${appRole};
