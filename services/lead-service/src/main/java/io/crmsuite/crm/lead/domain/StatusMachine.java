package io.crmsuite.crm.lead.domain;

import static io.crmsuite.crm.events.lead.LeadStatus.*;

import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lead life cycle: New, Working, Nurturing, Qualified by hand; Conversion-pending only through convert, Converted
 * only when the contact service confirms; Disqualified (with a reason) and Recycled.
 */
public final class StatusMachine {
    private static final Map<LeadStatus, Set<LeadStatus>> MANUAL = Map.of(
            NEW, EnumSet.of(WORKING, NURTURING, QUALIFIED, DISQUALIFIED),
            WORKING, EnumSet.of(NURTURING, QUALIFIED, DISQUALIFIED),
            NURTURING, EnumSet.of(WORKING, QUALIFIED, DISQUALIFIED, RECYCLED),
            QUALIFIED, EnumSet.of(WORKING, NURTURING, DISQUALIFIED),
            DISQUALIFIED, EnumSet.of(RECYCLED),
            RECYCLED, EnumSet.of(WORKING, NURTURING, DISQUALIFIED),
            CONVERSION_PENDING, EnumSet.noneOf(LeadStatus.class),
            CONVERTED, EnumSet.noneOf(LeadStatus.class));

    /** Statuses in which a lead is still open: it takes duplicate captures and is re-scored. */
    public static final Set<LeadStatus> OPEN = EnumSet.of(NEW, WORKING, NURTURING, QUALIFIED, RECYCLED);

    private StatusMachine() {}

    public static boolean allowed(LeadStatus from, LeadStatus to) {
        return MANUAL.getOrDefault(from, Set.of()).contains(to);
    }

    /** 409 for an illegal transition, 400 when disqualifying without a reason. */
    public static void requireManualTransition(LeadStatus from, LeadStatus to, String reason) {
        if (!allowed(from, to)) {
            throw new ConflictException(
                    "illegal-state-transition",
                    "A lead cannot move from " + from + " to " + to + " by hand.",
                    Map.of("from", from.name(), "to", to.name(), "allowed", MANUAL.get(from)));
        }
        if (to == DISQUALIFIED && (reason == null || reason.isBlank())) {
            throw InvalidRequestException.forField("reason", "is required to disqualify a lead");
        }
    }

    /** Conversion starts from Qualified (and, like most CRMs, from Working or Nurturing). */
    public static boolean convertible(LeadStatus status) {
        return status == QUALIFIED || status == WORKING || status == NURTURING || status == NEW;
    }
}
