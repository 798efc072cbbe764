-- The daily token renewal (TokenRenewal) must find, across all businesses, the connections
-- whose token expires soon, before it knows their businesses. Row-level security is forced even
-- on the tables' owner, so a SECURITY DEFINER function would not help (and would widen the app
-- role's powers). Instead, as V6 does for webhook routing, one narrow read policy: a transaction
-- that sets app.connection_renewal to 'due' (with the "no business" tenant) sees only the
-- connections that are live and expire within ten days. Renewal reads just their ids and
-- businesses that way, then handles each in a transaction of its own under its business's tenant.
CREATE POLICY renewal_reads ON social_connections FOR SELECT
    USING (current_setting('app.connection_renewal', true) = 'due'
           AND status IN ('CONNECTED', 'EXPIRING')
           AND token_expires_at < now() + interval '10 days');
