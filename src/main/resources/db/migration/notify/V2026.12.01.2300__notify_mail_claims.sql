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

-- The Message-ID of the mail, the same for every attempt, so a copy sent again after a crash is recognisably the same
-- message. Random rather than derived from the id: recipients learn nothing about how much mail the portal sends.
alter table outgoing_mail add column message_key uuid not null default gen_random_uuid();
