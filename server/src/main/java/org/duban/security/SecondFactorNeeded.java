package org.duban.security;

import org.springframework.security.authentication.AccountStatusException;

/** The password was right, but the account logs in with a second factor, which HTTP Basic cannot carry. */
class SecondFactorNeeded extends AccountStatusException {

    SecondFactorNeeded() {
        super("this account logs in with a second factor: use an access token on the API");
    }
}
