-- An invitation may carry a personal message from the inviting admin, sent with it (and with every re-send).
alter table invitation add column personal_message varchar(1000);
