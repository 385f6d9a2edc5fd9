package org.duban.photo;

import org.duban.web.UserFacingException;

/** A file that cannot be taken as a report photo, with the rule it broke and the status that says so. */
public class PhotoRefused extends UserFacingException {

    PhotoRefused(int status, String messageKey, Object... args) {
        super(status, messageKey, args);
    }

    static PhotoRefused tooLarge(long maxBytes) {
        return new PhotoRefused(413, "photo.error.tooLarge", maxBytes / 1024 / 1024);
    }

    static PhotoRefused notAPhoto() {
        return new PhotoRefused(415, "photo.error.notAPhoto");
    }

    static PhotoRefused heic() {
        return new PhotoRefused(415, "photo.error.heic");
    }

    static PhotoRefused empty() {
        return new PhotoRefused(400, "photo.error.empty");
    }

    static PhotoRefused damaged() {
        return new PhotoRefused(422, "photo.error.damaged");
    }

    static PhotoRefused tooManyPixels(int width, int height) {
        return new PhotoRefused(422, "photo.error.tooManyPixels", width, height);
    }
}
