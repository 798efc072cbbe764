-- An outbound reply is SENDING from the moment CHIDI has committed that it is about to call the
-- platform until the outcome is recorded (Outbox): one still SENDING when its command is delivered
-- again was interrupted mid-call, may or may not have reached the customer, and is never resent.
ALTER TABLE social_messages DROP CONSTRAINT social_messages_status_check;
ALTER TABLE social_messages ADD CONSTRAINT social_messages_status_check
    CHECK (status IN ('RECEIVED', 'ANSWERED', 'ESCALATED', 'IGNORED',
                      'QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'READ', 'FAILED'));
