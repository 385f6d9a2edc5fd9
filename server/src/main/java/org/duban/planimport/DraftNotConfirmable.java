package org.duban.planimport;

/** A draft with blocking issues left cannot become a campaign; the review says which. */
public class DraftNotConfirmable extends PlanImportRuleBroken {

    private final transient DraftReview review;

    public DraftNotConfirmable(DraftReview review) {
        super("import.error.notConfirmable", review.blockingCount());
        this.review = review;
    }

    public DraftReview review() {
        return review;
    }
}
