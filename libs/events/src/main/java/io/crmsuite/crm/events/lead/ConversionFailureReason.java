package io.crmsuite.crm.events.lead;

/** Why the contact service refused a conversion; each is fixed on the lead or in the request, then converted again. */
public enum ConversionFailureReason {
    /** The person's data is not acceptable as a contact (see the field problems). */
    INVALID_CONTACT_DATA,
    /** The existing contact chosen to convert into does not exist (any more). */
    CONTACT_NOT_FOUND,
    /** The existing account chosen to attach to does not exist (any more). */
    ACCOUNT_NOT_FOUND
}
