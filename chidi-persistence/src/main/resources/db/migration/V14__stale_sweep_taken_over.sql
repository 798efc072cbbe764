-- The stale-message sweep skips customers' messages of conversations a person has taken over: they
-- stay RECEIVED by design. It reads, with app.stale_sweep = 'on', which conversations those are,
-- so such messages are left out of its query instead of filling its batch of 500 every minute.
CREATE POLICY stale_sweep ON conversations FOR SELECT
    USING (current_setting('app.stale_sweep', true) = 'on' AND taken_over_by IS NOT NULL);
