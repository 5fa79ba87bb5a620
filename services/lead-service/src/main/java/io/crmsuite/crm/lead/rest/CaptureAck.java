package io.crmsuite.crm.lead.rest;

import java.util.UUID;

/**
 * The answer to a capture that did not create a lead the caller owns: {@code INTERACTION_ADDED} when the person
 * matched an open lead (the repeat capture became an interaction of it). No personal data.
 */
public record CaptureAck(UUID leadId, String outcome) {}
