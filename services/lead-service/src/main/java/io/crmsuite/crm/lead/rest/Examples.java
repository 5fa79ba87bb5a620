package io.crmsuite.crm.lead.rest;

/** Request body examples of the OpenAPI document (annotation constants). */
final class Examples {
    static final String LEAD = """
            {"name": "Li Wei", "company": "Hangzhou Tea Co.", "title": "CTO", "email": "li.wei@example.com",
             "phone": "+86 138 0013 8000", "region": "East China", "country": "CN", "industry": "Technology",
             "companySize": 250, "productInterest": "CRM Suite", "budget": {"amount": 80000, "currency": "CNY"},
             "source": "PARTNER_API", "externalId": "acme-4711",
             "consent": {"given": true, "text": "I agree to be contacted about CRM Suite."}}""";
    static final String LEAD_PATCH = """
            {"title": "Chief Technology Officer", "notes": null}""";
    static final String STATUS = """
            {"status": "QUALIFIED"}""";
    static final String ASSIGN = """
            {"ownerId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "team": "east"}""";
    static final String INTERACTION = """
            {"type": "CALL", "occurredAt": "2026-01-31T09:30:00Z", "detail": "Discussed the pilot"}""";
    static final String CONVERT = """
            {"givenName": "Wei", "familyName": "Li",
             "opportunity": {"name": "CRM Suite pilot", "amount": {"amount": 80000, "currency": "CNY"},
                             "closeDate": "2026-06-30"}}""";
    static final String WEB_FORM = """
            {"name": "Chen Jing", "email": "chen.jing@example.com", "company": "Jing Tech", "region": "East China",
             "productInterest": "Analytics", "utm": {"source": "newsletter", "campaign": "spring"},
             "consent": {"given": true, "text": "Yes, contact me about Analytics."}, "website": ""}""";
    static final String IMPORT_CSV = """
            name,company,email,region,industry,companySize,source
            Li Wei,Hangzhou Tea Co.,li.wei@example.com,East China,Technology,250,TRADE_SHOW
            Zhao Min,Chengdu Foods,zhao.min@example.com,West China,Manufacturing,80,TRADE_SHOW""";
    static final String IMPORT_JSON = """
            [{"name": "Li Wei", "company": "Hangzhou Tea Co.", "email": "li.wei@example.com", "region": "East China"},
             {"name": "Zhao Min", "company": "Chengdu Foods", "region": "West China", "source": "TRADE_SHOW"}]""";
    static final String ASSIGNMENT_RULES = """
            {"rules": [{"name": "East China technology leads", "when": {"regions": ["East China"],
                        "industries": ["Technology"], "sources": ["WEB_FORM"]},
                        "target": {"kind": "USER", "userId": "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", "team": "east"}}],
             "fallback": {"name": "inbox", "target": {"kind": "UNASSIGNED"}},
             "sla": {"gradeASeconds": 14400, "gradeBSeconds": 86400, "otherSeconds": 259200}}""";
    static final String SCORING_MODEL = """
            {"fitWeight": 0.6, "engagementWeight": 0.4,
             "fitRules": [{"code": "INDUSTRY_TARGET", "attribute": "INDUSTRY", "values": ["Technology", "Finance"],
                           "points": 25},
                          {"code": "BUDGET_50K", "attribute": "BUDGET", "minimum": 50000, "points": 10}],
             "engagementPoints": {"EMAIL_OPENED": 5, "PAGE_VISIT": 5, "FORM_SUBMITTED": 20, "CALL": 20,
                                  "MEETING": 30, "EVENT_ATTENDED": 20},
             "engagementCap": 100, "engagementWindowDays": 7, "gradeBands": {"a": 80, "b": 60, "c": 40}}""";

    private Examples() {}
}
