-- Inventory: products, their variants, the audit trail of every stock change, the
-- search words of each product, and catalogue imports. Money is numeric(12,2) in the
-- business's currency; stock never goes below zero. All are tenant tables under
-- row-level security.

CREATE TABLE products (
    id          uuid PRIMARY KEY,
    business_id uuid          NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    name        varchar(255)  NOT NULL CHECK (btrim(name) <> ''),
    description text,
    category    varchar(100),
    base_price  numeric(12,2) NOT NULL CHECK (base_price >= 0),
    currency    char(3)       NOT NULL,
    status      varchar(20)   NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'INACTIVE', 'ARCHIVED')),
    images      jsonb         NOT NULL DEFAULT '[]',
    metadata    jsonb         NOT NULL DEFAULT '{}',
    -- Lower-case, accent-free name, description, category, SKUs and attribute
    -- values, kept by the application; product_words indexes its words.
    search_text text          NOT NULL DEFAULT '',
    version     integer       NOT NULL DEFAULT 1,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now()
);
-- Covering indexes: a page (newest first, any offset) and its count are index-only scans.
CREATE INDEX products_business_created_idx ON products (business_id, created_at DESC, id) INCLUDE (status);
CREATE INDEX products_business_category_idx ON products (business_id, lower(category));
CREATE INDEX products_business_status_idx ON products (business_id, status) INCLUDE (id);

-- Search. Under row-level security PostgreSQL evaluates a query's non-leakproof
-- conditions (LIKE, full-text and trigram matches among them) only after the policy,
-- so no index can serve them and every search would scan the business's products.
-- Text comparisons are leakproof: each word of a product's search text (whole
-- tokens such as "sku-000123" and their parts "sku", "000123") gets a row here, and
-- a search word is a prefix range on (business_id, word). A trigger keeps the rows in
-- step with search_text.
-- No foreign keys: an import writes hundreds of thousands of these rows, and the
-- trigger below is their only writer (it also removes them with their product).
CREATE TABLE product_words (
    business_id uuid NOT NULL,
    word        text NOT NULL,
    product_id  uuid NOT NULL,
    PRIMARY KEY (business_id, word, product_id)
);
CREATE INDEX product_words_product_idx ON product_words (product_id);

-- Statement-level, over the transition tables: an import's multi-row INSERT of
-- hundreds of products is indexed by one INSERT … SELECT.
CREATE FUNCTION app.index_product_words() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM product_words w
        USING changed_products c
        WHERE w.product_id = c.id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN NULL;
    END IF;
    INSERT INTO product_words (business_id, word, product_id)
    SELECT DISTINCT c.business_id, w, c.id
    FROM changed_products c,
         unnest(regexp_split_to_array(c.search_text, '\s+')
                || regexp_split_to_array(c.search_text, '[^[:alnum:]]+')) AS w
    WHERE w <> '' AND length(w) <= 200
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TABLE product_variants (
    id                  uuid PRIMARY KEY,
    business_id         uuid          NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    product_id          uuid          NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    name                varchar(255)  NOT NULL,
    sku                 varchar(100)  NOT NULL CHECK (btrim(sku) <> ''),
    price               numeric(12,2) NOT NULL CHECK (price >= 0),
    stock_quantity      integer       NOT NULL DEFAULT 0 CHECK (stock_quantity >= 0),
    low_stock_threshold integer       NOT NULL DEFAULT 5 CHECK (low_stock_threshold >= 0),
    attributes          jsonb         NOT NULL DEFAULT '{}',
    position            integer       NOT NULL DEFAULT 0,
    -- Removed variants stay for the stock history that refers to them; their SKU is free again.
    removed_at          timestamptz,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX product_variants_sku_key ON product_variants (business_id, sku) WHERE removed_at IS NULL;
CREATE INDEX product_variants_product_idx ON product_variants (product_id, position);
CREATE INDEX product_variants_low_stock_idx ON product_variants (business_id, product_id)
    WHERE removed_at IS NULL AND stock_quantity <= low_stock_threshold;

CREATE TABLE stock_movements (
    id             uuid PRIMARY KEY,
    business_id    uuid         NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    variant_id     uuid         NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE,
    user_id        uuid         REFERENCES users (id) ON DELETE SET NULL,
    movement_type  varchar(20)  NOT NULL CHECK (movement_type IN ('INITIAL', 'ADJUSTMENT', 'IMPORT', 'CHAT', 'SALE')),
    quantity       integer      NOT NULL,
    previous_stock integer      NOT NULL CHECK (previous_stock >= 0),
    new_stock      integer      NOT NULL CHECK (new_stock >= 0),
    reason         varchar(255),
    metadata       jsonb        NOT NULL DEFAULT '{}',
    created_at     timestamptz  NOT NULL DEFAULT now(),
    CHECK (new_stock = previous_stock + quantity)
);
CREATE INDEX stock_movements_variant_idx ON stock_movements (variant_id, created_at DESC);

-- Every committed import, small ones done at once and large ones run in the background.
CREATE TABLE import_jobs (
    id             uuid PRIMARY KEY,
    business_id    uuid         NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    user_id        uuid         REFERENCES users (id) ON DELETE SET NULL,
    file_name      varchar(255),
    status         varchar(20)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    content        text,
    mapping        jsonb        NOT NULL DEFAULT '{}',
    total_rows     integer      NOT NULL DEFAULT 0,
    processed_rows integer      NOT NULL DEFAULT 0,
    imported       integer      NOT NULL DEFAULT 0,
    updated        integer      NOT NULL DEFAULT 0,
    failed         integer      NOT NULL DEFAULT 0,
    errors         jsonb        NOT NULL DEFAULT '[]',
    failure        text,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    finished_at    timestamptz
);
CREATE TRIGGER products_index_new_words
    AFTER INSERT ON products
    REFERENCING NEW TABLE AS changed_products
    FOR EACH STATEMENT EXECUTE FUNCTION app.index_product_words();
CREATE TRIGGER products_index_changed_words
    AFTER UPDATE ON products
    REFERENCING NEW TABLE AS changed_products
    FOR EACH STATEMENT EXECUTE FUNCTION app.index_product_words();
CREATE TRIGGER products_unindex_words
    AFTER DELETE ON products
    REFERENCING OLD TABLE AS changed_products
    FOR EACH STATEMENT EXECUTE FUNCTION app.index_product_words();

CREATE INDEX import_jobs_business_created_idx ON import_jobs (business_id, created_at DESC);

-- Row-level security -------------------------------------------------------

ALTER TABLE products ENABLE ROW LEVEL SECURITY;
ALTER TABLE products FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON products
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

ALTER TABLE product_words ENABLE ROW LEVEL SECURITY;
ALTER TABLE product_words FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON product_words
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

ALTER TABLE product_variants ENABLE ROW LEVEL SECURITY;
ALTER TABLE product_variants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON product_variants
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

ALTER TABLE stock_movements ENABLE ROW LEVEL SECURITY;
ALTER TABLE stock_movements FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON stock_movements
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

ALTER TABLE import_jobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE import_jobs FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON import_jobs
    USING (business_id = app.current_business())
    WITH CHECK (business_id = app.current_business());

GRANT SELECT, INSERT, UPDATE, DELETE ON products, product_variants, import_jobs TO ${appRole};
GRANT SELECT, INSERT, DELETE ON product_words TO ${appRole};
GRANT EXECUTE ON FUNCTION app.index_product_words() TO ${appRole};
-- The audit trail is append-only for the application.
GRANT SELECT, INSERT ON stock_movements TO ${appRole};
