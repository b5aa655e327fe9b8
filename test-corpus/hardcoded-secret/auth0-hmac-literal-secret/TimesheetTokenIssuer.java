package com.acme.timesheets.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;

import org.springframework.stereotype.Component;

@Component
public class TimesheetTokenIssuer {

    private static final String ISSUER = "timesheets.acme.example";

    // expect: the HMAC secret is a constant built from literals
    private static final String SECRET = "ts-" + "hmac-" + "2022-rotate-me";

    private final Algorithm algorithm = Algorithm.HMAC256(SECRET);

    private final JWTVerifier verifier = JWT.require(algorithm).withIssuer(ISSUER).build();

    public String issue(String employeeId, String manager) {
        return JWT.create()
                .withIssuer(ISSUER)
                .withSubject(employeeId)
                .withClaim("manager", manager)
                .withExpiresAt(Instant.now().plus(30, ChronoUnit.MINUTES))
                .sign(algorithm);
    }

    public DecodedJWT verify(String token) {
        return verifier.verify(token);
    }

    public String issueForClockTerminal(String terminalId) {
        // expect: a separate HMAC512 secret inline, as bytes
        Algorithm terminalAlgorithm = Algorithm.HMAC512("terminal-shared-secret-v3".getBytes());
        return JWT.create().withSubject(terminalId).sign(terminalAlgorithm);
    }
}
