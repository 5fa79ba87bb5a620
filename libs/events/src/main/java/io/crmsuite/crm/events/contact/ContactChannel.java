package io.crmsuite.crm.events.contact;

/** A channel a contact can be reached through: their preferred one, and the channel of a consent. */
public enum ContactChannel {
    PHONE,
    EMAIL,
    SMS,
    WECHAT,
    WHATSAPP,
    MAIL,
    IN_PERSON
}
