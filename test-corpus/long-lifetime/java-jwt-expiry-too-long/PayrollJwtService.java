package com.acme.payroll.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import io.jsonwebtoken.Jwts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

@Service
public class PayrollJwtService {

    private static final long DAY_MS = 24 * 60 * 60 * 1000L;
    private static final Duration ACCESS_TTL = Duration.ofMinutes(15);

    @Value("${payroll.jwt.expiration-ms}")
    private long configuredExpirationMs;

    private final SigningKeys keys;
    private final JwtEncoder jwtEncoder;
    private final Algorithm hmac;

    public PayrollJwtService(SigningKeys keys, JwtEncoder jwtEncoder, Algorithm hmac) {
        this.keys = keys;
        this.jwtEncoder = jwtEncoder;
        this.hmac = hmac;
    }

    public String generateToken(Employee employee) {
        return Jwts.builder()
                .setSubject(employee.getEmployeeNumber())
                .claim("roles", employee.getRoleNames())
                .setIssuedAt(new Date())
                // expect: seven days for an access token
                .setExpiration(new Date(System.currentTimeMillis() + 1000L * 60 * 60 * 24 * 7))
                .signWith(keys.accessKey())
                .compact();
    }

    public String kioskToken(Employee employee) {
        long now = System.currentTimeMillis();
        return Jwts.builder()
                .subject(employee.getEmployeeNumber())
                // expect: one day, through a constant of this class
                .expiration(new Date(now + DAY_MS))
                .signWith(keys.accessKey())
                .compact();
    }

    public String approverToken(Employee employee) {
        return JWT.create()
                .withSubject(employee.getEmployeeNumber())
                // expect: auth0 builder, twelve hours
                .withExpiresAt(Date.from(Instant.now().plus(12, ChronoUnit.HOURS)))
                .sign(hmac);
    }

    public String serviceToken(String client) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("payroll")
                .subject(client)
                .issuedAt(now)
                // expect: Spring JwtEncoder claims, one day
                .expiresAt(now.plus(Duration.ofDays(1)))
                .build();
        return jwtEncoder.encode(JwtEncoderParameters.from(claims)).getTokenValue();
    }

    public JWTClaimsSet mobileClaims(Employee employee) {
        return new JWTClaimsSet.Builder()
                .subject(employee.getEmployeeNumber())
                // expect: Nimbus claims, thirty days
                .expirationTime(new Date(new Date().getTime() + 30L * DAY_MS))
                .build();
    }

    public String shortLivedToken(Employee employee) {
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(employee.getEmployeeNumber())
                // ok: fifteen minutes
                .expiration(Date.from(now.plus(ACCESS_TTL)))
                .signWith(keys.accessKey())
                .compact();
    }

    public String configuredToken(Employee employee) {
        return Jwts.builder()
                .setSubject(employee.getEmployeeNumber())
                // ok: from configuration, not known here
                .setExpiration(new Date(System.currentTimeMillis() + configuredExpirationMs))
                .signWith(keys.accessKey())
                .compact();
    }

    public String generateRefreshToken(Employee employee) {
        return Jwts.builder()
                .setSubject(employee.getEmployeeNumber())
                // ok: a refresh token (java-jwt-refresh-token-too-long judges it)
                .setExpiration(new Date(System.currentTimeMillis() + 14 * DAY_MS))
                .signWith(keys.refreshKey())
                .compact();
    }

    public String passwordResetToken(Employee employee) {
        return Jwts.builder()
                .setSubject(employee.getEmployeeNumber())
                // ok: a one-day password-reset link, not a session credential
                .setExpiration(new Date(System.currentTimeMillis() + DAY_MS))
                .signWith(keys.linkKey())
                .compact();
    }

    public String pairRefresh(Employee employee) {
        return Jwts.builder()
                .setSubject(employee.getEmployeeNumber())
                .claim("typ", "refresh")
                // ok: the chain marks it as a refresh token
                .setExpiration(new Date(System.currentTimeMillis() + 14 * DAY_MS))
                .signWith(keys.refreshKey())
                .compact();
    }

    public void extendStoredToken(StoredToken token) {
        // ok: an entity's expiry column, not a JWT builder
        token.setExpiration(new Date(System.currentTimeMillis() + 14 * DAY_MS));
    }
}
