-- A phone number the public web form could not read (no valid number in the lead's country or the deployment's
-- default country) is kept as the visitor typed it, so the lead is not lost over a format. `phone` stays the E.164
-- number that duplicate detection and the events use; at most one of the two is set.
alter table lead add column phone_unverified text;
