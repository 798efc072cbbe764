-- Sentence embeddings of a business's knowledge entries (spec 4.1 business_embeddings), computed
-- in-process by the assistant's sentence encoder (all-MiniLM-L6-v2, 384 dimensions) and searched
-- in Java, so a plain real[] rather than pgvector. One row per knowledge entry, replaced when the
-- entry changes and removed with it. A tenant table under row-level security like every other.

CREATE TABLE business_embeddings (
    id           uuid PRIMARY KEY,
    business_id  uuid         NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    knowledge_id uuid         NOT NULL UNIQUE REFERENCES knowledge_entries (id) ON DELETE CASCADE,
    content      text         NOT NULL,
    embedding    real[]       NOT NULL CHECK (cardinality(embedding) > 0),
    model        varchar(100) NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX business_embeddings_business_idx ON business_embeddings (business_id);

ALTER TABLE business_embeddings ENABLE ROW LEVEL SECURITY;
ALTER TABLE business_embeddings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON business_embeddings
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

GRANT SELECT, INSERT, DELETE ON business_embeddings TO ${appRole};
