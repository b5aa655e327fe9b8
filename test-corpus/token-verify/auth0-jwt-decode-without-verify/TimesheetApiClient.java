package com.acme.timesheets.client;

import java.time.Instant;

import com.auth0.jwt.JWT;

/** Client side: decides when to refresh the access token it received from the IdP. */
public class TimesheetApiClient {

    private String accessToken;

    private final TokenEndpoint tokenEndpoint;

    public TimesheetApiClient(TokenEndpoint tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    String bearer() {
        // ok: only the expiry is read, to refresh before it lapses; the server verifies the token
        if (accessToken == null || JWT.decode(accessToken).getExpiresAt().toInstant().isBefore(Instant.now().plusSeconds(30))) {
            accessToken = tokenEndpoint.clientCredentials();
        }
        return accessToken;
    }
}

class TimesheetTokenClock {

    long skewMillis(String token, long serverNow) {
        // ok: issued-at of our own token, to compute the clock skew with the server
        return com.auth0.jwt.JWT.decode(token).getIssuedAtAsInstant().toEpochMilli() - serverNow;
    }
}
