-- The inactivity check finds the contacts quiet for their tier's period with one set-based statement: an index on when
-- each contact went quiet (its last interaction, else its creation), oldest first, over the contacts not erased.
create index contact_quiet_since on contact ((coalesce(last_interaction_at, created_at)), id) where erased_at is null;
