-- The stale-reply sweep (StaleReplies) runs for no business: with app.reply_sweep = 'on' (and the
-- "no business" tenant) it may read which outbound replies are still QUEUED, then queues each
-- again as its business.
CREATE POLICY stale_reply_sweep ON social_messages FOR SELECT
    USING (current_setting('app.reply_sweep', true) = 'on' AND direction = 'OUTBOUND'
           AND status = 'QUEUED');

-- The sweep looks every minute; queued replies are few at any time, so a partial index keeps
-- that look cheap however many messages are stored.
CREATE INDEX social_messages_queued ON social_messages (created_at)
    WHERE direction = 'OUTBOUND' AND status = 'QUEUED';
