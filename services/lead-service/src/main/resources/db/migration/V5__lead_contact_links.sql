-- the leads of a contact: the 360 view's originating leads (?contactId=), and re-pointing/anonymising them when the
-- contact service merges or erases that contact
create index lead_converted_contact on lead (converted_contact_id) where converted_contact_id is not null;
create index lead_matched_contact on lead (matched_contact_id) where matched_contact_id is not null;
create index lead_converted_account on lead (converted_account_id) where converted_account_id is not null;
