package org.duban.rollup;

import java.util.List;

/** A coordinator issued a campaign to the bureaus directly below (下发): to these, by name. */
public record PlanIssued(long organisationId, long coordinatorId, long campaignId, List<String> issuedTo) {

    public PlanIssued {
        issuedTo = List.copyOf(issuedTo);
    }
}
