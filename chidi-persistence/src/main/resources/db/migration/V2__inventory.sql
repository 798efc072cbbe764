-- Inventory: products, their variants, the audit trail of every stock change, and
-- catalogue imports. Money is numeric(12,2) in the business's currency; stock never
-- goes below zero. All four tables are tenant tables under row-level security.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

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
    -- Lower-case name, description, category, SKUs and attribute values, kept by
    -- the application; one trigram index serves every search of the catalogue.
    search_text text          NOT NULL DEFAULT '',
    version     integer       NOT NULL DEFAULT 1,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX products_business_created_idx ON products (business_id, created_at DESC, id);
CREATE INDEX products_business_category_idx ON products (business_id, lower(category));
CREATE INDEX products_search_idx ON products USING gin (search_text gin_trgm_ops);

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
CREATE INDEX import_jobs_business_created_idx ON import_jobs (business_id, created_at DESC);

-- Row-level security -------------------------------------------------------

ALTER TABLE products ENABLE ROW LEVEL SECURITY;
ALTER TABLE products FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant ON products
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
-- The audit trail is append-only for the application.
GRANT SELECT, INSERT ON stock_movements TO ${appRole};
