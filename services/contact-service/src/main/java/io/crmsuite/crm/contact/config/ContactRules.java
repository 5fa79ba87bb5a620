package io.crmsuite.crm.contact.config;

import io.crmsuite.crm.contact.domain.ContactNormaliser;
import io.crmsuite.crm.contact.domain.DuplicateScorer;
import io.crmsuite.crm.contact.domain.InactivityRule;
import io.crmsuite.crm.contact.domain.LifecycleRules;
import io.crmsuite.crm.contact.domain.ValueTiering;
import io.crmsuite.crm.platform.DefaultCountry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The plain-Java business rules, configured from {@link ContactSettings}. */
public class ContactRules {

    @Produces
    @Singleton
    ContactNormaliser normaliser(DefaultCountry country) {
        return new ContactNormaliser(country.code());
    }

    @Produces
    @Singleton
    DuplicateScorer duplicateScorer(ContactSettings settings) {
        return new DuplicateScorer(settings.duplicateThreshold(), settings.nameSimilarityThreshold());
    }

    @Produces
    @Singleton
    LifecycleRules lifecycleRules(ContactSettings settings) {
        ContactSettings.Lifecycle l = settings.lifecycle();
        return new LifecycleRules(l.engagementWindow(), l.churnWindow(), l.loyalPurchases());
    }

    @Produces
    @Singleton
    ValueTiering valueTiering(ContactSettings settings) {
        ContactSettings.Tier t = settings.tier();
        return new ValueTiering(t.revenueShare(), t.minCustomerShare(), t.maxCustomerShare(), t.bCustomerShare());
    }

    @Produces
    @Singleton
    InactivityRule inactivityRule(ContactSettings settings) {
        return new InactivityRule(
                settings.inactivity().quietDaysA(),
                settings.inactivity().quietDaysB(),
                settings.inactivity().quietDaysC());
    }
}
