package io.crmsuite.crm.contact.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Settings of the contact rules ({@code crm.contact.*}); each has an environment override. */
@ConfigMapping(prefix = "crm.contact")
public interface ContactSettings {
    /** Region for phone numbers written without a country code (ISO 3166-1, e.g. CN). */
    String defaultPhoneRegion();

    /** Smallest duplicate score that makes a candidate. */
    double duplicateThreshold();

    /** Smallest trigram name similarity that counts as a reason. */
    double nameSimilarityThreshold();

    Lifecycle lifecycle();

    Tier tier();

    Inactivity inactivity();

    Import importing();

    interface Lifecycle {
        Duration engagementWindow();

        Duration churnWindow();

        int loyalPurchases();
    }

    interface Tier {
        double revenueShare();

        double minCustomerShare();

        double maxCustomerShare();

        double bCustomerShare();

        /** Currency of the trailing revenue (purchases in other currencies are rejected). */
        String currency();

        /** How often the tiers are recomputed (read by the scheduler; "off" disables). */
        String recomputeEvery();
    }

    interface Inactivity {
        int quietDaysA();

        int quietDaysOther();

        /** How often inactivity and churn are checked (read by the scheduler; "off" disables). */
        String checkEvery();
    }

    interface Import {
        int maxRows();

        /** Rows per import transaction (dedupe lookups, inserts, events and the job's progress together). */
        @io.smallrye.config.WithDefault("1000")
        int chunkSize();
    }
}
