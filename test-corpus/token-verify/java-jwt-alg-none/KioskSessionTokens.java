package com.acme.hr.kiosk;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;

import io.vavr.control.Option;

public class KioskSessionTokens {

    private final Algorithm signing;

    // expect: the verifier accepts only unsigned tokens
    private final JWTVerifier kioskVerifier = JWT.require(Algorithm.none()).withIssuer("kiosk").build();

    public KioskSessionTokens(Algorithm signing) {
        this.signing = signing;
    }

    public String issue(String badge) {
        // expect: tokens issued without signature
        return JWT.create().withIssuer("kiosk").withSubject(badge).sign(Algorithm.none());
    }

    public String issueSigned(String badge) {
        // ok: signed with the configured algorithm
        return JWT.create().withIssuer("kiosk").withSubject(badge).sign(signing);
    }

    public Option<String> badgeOf(String token) {
        try {
            DecodedJWT jwt = kioskVerifier.verify(token);
            return Option.of(jwt.getSubject());
        } catch (RuntimeException e) {
            // ok: Vavr's Option.none(), not a JWT algorithm
            return Option.none();
        }
    }
}
