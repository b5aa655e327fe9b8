package com.acme.timesheets.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.jsonwebtoken.Jwts;
import org.springframework.stereotype.Service;

@Service
public class TimesheetTokenService {

    private static final long REFRESH_VALIDITY_MS = 365L * 24 * 60 * 60 * 1000;

    private final SigningKeys keys;
    private final Algorithm refreshAlgorithm;

    public TimesheetTokenService(SigningKeys keys, Algorithm refreshAlgorithm) {
        this.keys = keys;
        this.refreshAlgorithm = refreshAlgorithm;
    }

    public String generateRefreshToken(Employee employee) {
        return Jwts.builder()
                .setSubject(employee.getBadge())
                .setId(UUID.randomUUID().toString())
                // expect: a year-long refresh token
                .setExpiration(new Date(System.currentTimeMillis() + REFRESH_VALIDITY_MS))
                .signWith(keys.refreshKey())
                .compact();
    }

    public String createKioskRefreshToken(Employee employee) {
        return JWT.create()
                .withSubject(employee.getBadge())
                // expect: never expires in practice
                .withExpiresAt(new Date(Long.MAX_VALUE))
                .sign(refreshAlgorithm);
    }

    public String issueRefresh(Employee employee) {
        return Jwts.builder()
                .subject(employee.getBadge())
                // ok: two weeks
                .expiration(Date.from(Instant.now().plus(14, ChronoUnit.DAYS)))
                .signWith(keys.refreshKey())
                .compact();
    }

    public String generateAccessToken(Employee employee) {
        return Jwts.builder()
                .subject(employee.getBadge())
                // ok: not a refresh-token method (the access-token rule judges it)
                .expiration(Date.from(Instant.now().plus(180, ChronoUnit.DAYS)))
                .signWith(keys.accessKey())
                .compact();
    }
}
