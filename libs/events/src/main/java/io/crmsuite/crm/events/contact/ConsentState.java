package io.crmsuite.crm.events.contact;

import java.time.Instant;

/** The latest decision of a contact for one channel and purpose. */
public record ConsentState(ContactChannel channel, ConsentPurpose purpose, ConsentStatus status, Instant recordedAt) {}
