-- A mail is claimed in a short transaction of its own before it is handed to the SMTP server, and the claim is
-- committed: no database connection or row lock is held while the mail server takes its time, and a claim left by a
-- crashed sender expires (claimed_until) instead of blocking the mail for good. claim_token says whose claim it is,
-- so a sender whose claim expired cannot overwrite the outcome of the sender that took the mail over.
alter table outgoing_mail
    add column claimed_until timestamptz,
    add column claim_token   uuid;

-- Which node claimed it: a node that starts again releases its own claims at once (no process of its can still be
-- sending them) instead of letting the mail wait for the claim to expire.
alter table outgoing_mail add column claimed_by varchar(200);
