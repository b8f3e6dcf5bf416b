-- A browser that has signed in to an account (or followed an unlock link mailed to its owner) carries a random
-- token in a cookie; sign-ins from it are throttled on their own, so someone guessing the password elsewhere can
-- slow down their own guesses but never keep the owner out. Only a SHA-256 of the token is stored.
create table sign_in_device (
    token_hash varchar(64) primary key,
    account_id bigint      not null references account (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null
);
create index sign_in_device_account_idx on sign_in_device (account_id);
create index sign_in_device_expires_idx on sign_in_device (expires_at);

-- Links that let a browser sign in to an account whose sign-in is slowed down.
alter table account_token drop constraint account_token_purpose_check;
alter table account_token add constraint account_token_purpose_check
    check (purpose in ('EMAIL_CONFIRMATION', 'PASSWORD_RESET', 'SIGN_IN_UNLOCK'));
