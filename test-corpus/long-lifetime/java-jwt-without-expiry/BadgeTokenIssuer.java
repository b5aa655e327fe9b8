package com.acme.inventory.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.stereotype.Component;

@Component
public class BadgeTokenIssuer {

    private final SigningKeys keys;
    private final Algorithm algorithm;

    public BadgeTokenIssuer(SigningKeys keys, Algorithm algorithm) {
        this.keys = keys;
        this.algorithm = algorithm;
    }

    public String scannerToken(Clerk clerk) {
        // expect: jjwt token with no exp at all
        return Jwts.builder()
                .setSubject(clerk.getBadge())
                .claim("warehouse", clerk.getWarehouseCode())
                .setIssuedAt(new Date())
                .signWith(keys.accessKey())
                .compact();
    }

    public ResponseEntity<String> kioskLogin(Clerk clerk) {
        // expect: auth0 token without withExpiresAt, built inside a response
        return ResponseEntity.ok(JWT.create().withSubject(clerk.getBadge()).withClaim("role", "KIOSK").sign(algorithm));
    }

    public JWTClaimsSet handheldClaims(Clerk clerk) {
        // expect: Nimbus claims without expirationTime
        return new JWTClaimsSet.Builder()
                .subject(clerk.getBadge())
                .issueTime(new Date())
                .build();
    }

    public String timedToken(Clerk clerk) {
        // ok: has an expiry
        return Jwts.builder()
                .setSubject(clerk.getBadge())
                .setExpiration(Date.from(Instant.now().plus(15, ChronoUnit.MINUTES)))
                .signWith(keys.accessKey())
                .compact();
    }

    public String auth0Timed(Clerk clerk) {
        // ok: auth0 with withExpiresAt
        return JWT.create().withSubject(clerk.getBadge()).withExpiresAt(Date.from(Instant.now().plusSeconds(900))).sign(algorithm);
    }

    public String fromClaims(Map<String, Object> claims) {
        // ok: a whole claims map is passed (it may hold exp)
        return Jwts.builder().setClaims(claims).signWith(keys.accessKey()).compact();
    }

    public String withExpClaim(Clerk clerk, long expSeconds) {
        // ok: exp set as a named claim
        return Jwts.builder().setSubject(clerk.getBadge()).claim(Claims.EXPIRATION, expSeconds).signWith(keys.accessKey()).compact();
    }

    public JwtClaimsSet springClaims(Clerk clerk) {
        Instant now = Instant.now();
        // ok: Spring claims with expiresAt
        return JwtClaimsSet.builder().subject(clerk.getBadge()).issuedAt(now).expiresAt(now.plusSeconds(600)).build();
    }
}
