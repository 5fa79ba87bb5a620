-- Lists of a rep (own records) and of a manager (team) sorted by name without sorting all their rows.
create index contact_owner_name on contact (owner_id, display_name, id);
create index contact_team_name on contact (team, display_name, id);
create index contact_account_name on contact (account_id, name_key);
