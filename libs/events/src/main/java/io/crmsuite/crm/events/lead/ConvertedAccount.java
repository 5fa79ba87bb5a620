package io.crmsuite.crm.events.lead;

/** The company of a converted lead, when the lead is a business and no existing account was chosen. */
public record ConvertedAccount(String name, String industry, String region, String country, SizeBand sizeBand) {}
