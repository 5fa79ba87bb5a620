package io.crmsuite.crm.events.lead;

/** One contribution to a lead score, e.g. {@code ("INDUSTRY_MATCH", 20)}. */
public record ScoreReason(String code, int points) {}
