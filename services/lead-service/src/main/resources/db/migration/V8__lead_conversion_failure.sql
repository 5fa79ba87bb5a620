-- A conversion the contact service refused (crm.lead.conversion-failed.v1): the lead goes back to the status it had
-- before the conversion and keeps the last refusal (reason, message, refused fields as JSON) until it is converted.
alter table lead
    add column status_before_conversion text,
    add column conversion_failed_at timestamptz,
    add column conversion_failure_reason text,
    add column conversion_failure_message text,
    add column conversion_failure_errors text;
