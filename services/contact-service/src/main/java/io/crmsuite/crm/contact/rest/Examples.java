package io.crmsuite.crm.contact.rest;

/** Request body examples of the OpenAPI document (annotation constants). */
final class Examples {
    static final String CONTACT = """
            {"givenName": "Wei", "familyName": "Zhang", "emails": ["zhang.wei@example.com"],
             "phones": ["+86 138 0013 8000"], "title": "Purchasing manager", "region": "East China", "country": "CN",
             "preferredChannel": "EMAIL", "tags": ["vip", "tea"], "source": "MANUAL", "externalId": "erp-10042"}""";
    static final String CONTACT_PATCH = """
            {"title": "Head of purchasing", "tags": ["vip"], "hiddenNeeds": null}""";
    static final String ACCOUNT = """
            {"name": "Hangzhou Tea Co.", "industry": "Retail", "region": "East China", "country": "CN",
             "sizeBand": "MEDIUM", "website": "https://tea.example.com", "tags": ["key-account"],
             "externalId": "erp-A-311"}""";
    static final String ACCOUNT_PATCH = """
            {"website": "https://www.tea.example.com", "sizeBand": "LARGE"}""";
    static final String MERGE = """
            {"mergeId": "0b6d2f0e-3a8e-4c5b-9d6f-1a2b3c4d5e6f"}""";
    static final String OWNER = """
            {"ownerId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "team": "east"}""";
    static final String INTERACTION = """
            {"kind": "CALL", "direction": "OUTBOUND", "occurredAt": "2026-01-31T09:30:00Z",
             "summary": "Agreed on a tasting visit"}""";
    static final String TASK = """
            {"title": "Send the spring catalogue", "dueAt": "2026-02-07T09:00:00Z", "remindAt": "2026-02-06T09:00:00Z"}""";
    static final String TASK_STATUS = """
            {"status": "DONE"}""";
    static final String CONSENT = """
            {"channel": "EMAIL", "purpose": "MARKETING", "status": "GRANTED", "source": "trade show form 2026-01",
             "legalBasis": "consent"}""";
    static final String PURCHASES = """
            {"purchases": [{"contactId": "0b6d2f0e-3a8e-4c5b-9d6f-1a2b3c4d5e6f",
                            "opportunityId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                            "amount": {"amount": 12800.00, "currency": "CNY"},
                            "purchasedAt": "2026-01-30T10:00:00Z"}]}""";
    static final String CONTACTS_CSV = """
            givenName,familyName,emails,phones,region,tags
            Wei,Zhang,zhang.wei@example.com,+86 138 0013 8000,East China,vip;tea
            Min,Zhao,zhao.min@example.com,,West China,""";
    static final String CONTACTS_JSON = """
            [{"givenName": "Wei", "familyName": "Zhang", "emails": ["zhang.wei@example.com"]},
             {"givenName": "Min", "familyName": "Zhao", "region": "West China"}]""";
    static final String ACCOUNTS_CSV = """
            name,industry,region,country,externalId
            Hangzhou Tea Co.,Retail,East China,CN,erp-A-311
            Chengdu Foods,Food,West China,CN,erp-A-312""";
    static final String ACCOUNTS_JSON = """
            [{"name": "Hangzhou Tea Co.", "industry": "Retail", "externalId": "erp-A-311"},
             {"name": "Chengdu Foods", "region": "West China"}]""";

    private Examples() {}
}
