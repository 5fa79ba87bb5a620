package io.crmsuite.crm.events.lead;

/** The person of a converted lead, for the contact service to create or match. Phone in E.164. */
public record ConvertedContact(
        String givenName, String familyName, String email, String phone, String title, String region, String country) {}
