package org.duban.web;

/** The thing does not exist, or exists in another organisation: both look the same from outside. */
public class NotFound extends UserFacingException {

    public NotFound() {
        super("error.notFound");
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
