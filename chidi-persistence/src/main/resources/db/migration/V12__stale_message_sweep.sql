-- The stale-message sweep (StaleMessages) runs for no business: with app.stale_sweep = 'on' (and
-- the "no business" tenant) it may read which customers' messages are still RECEIVED and which
-- replies still QUEUED, then queues each again as its business.
CREATE POLICY stale_sweep ON social_messages FOR SELECT
    USING (current_setting('app.stale_sweep', true) = 'on'
           AND ((direction = 'INBOUND' AND status = 'RECEIVED')
                OR (direction = 'OUTBOUND' AND status = 'QUEUED')));

-- The sweep looks every minute; waiting messages are few at any time, so a partial index keeps
-- that look cheap however many messages are stored.
CREATE INDEX social_messages_waiting ON social_messages (created_at)
    WHERE (direction = 'INBOUND' AND status = 'RECEIVED')
       OR (direction = 'OUTBOUND' AND status = 'QUEUED');
