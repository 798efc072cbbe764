-- When a reply that failed an attempt is due to be tried again. The retry's command waits in the
-- broker as a scheduled message; should it never come back (parked on the dead-letter address
-- after a broker outage), the stale-message sweep finds the reply by this time and queues it again.
ALTER TABLE social_messages ADD COLUMN next_attempt_at TIMESTAMPTZ;
