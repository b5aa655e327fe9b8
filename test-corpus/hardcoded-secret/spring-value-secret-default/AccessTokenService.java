package com.acme.payroll.auth;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class AccessTokenService {

    // expect: a literal default for the JWT secret
    @Value("${payroll.jwt.secret:payroll-dev-secret-change-me}")
    private String jwtSecret;

    // ok: no default, start-up fails when the property is missing
    @Value("${payroll.jwt.refresh-secret}")
    private String refreshSecret;

    // ok: a lifetime, not a secret
    @Value("${payroll.jwt.expiration:900}")
    private long expirationSeconds;

    // ok: the header name has a default but is not secret
    @Value("${payroll.jwt.header:Authorization}")
    private String header;

    // ok: the default is another placeholder (an environment variable)
    @Value("${payroll.jwt.partner-secret:${PARTNER_JWT_SECRET}}")
    private String partnerSecret;

    // ok: the key id is public metadata
    @Value("${payroll.jwt.key-id:payroll-2024}")
    private String keyId;

    private final Duration clockSkew;

    public AccessTokenService(
            // expect: constructor parameter with a literal default for the remember-me key
            @Value(value = "${payroll.security.remember-me.key:rememberMeKey}") String rememberMeKey,
            @Value("${payroll.jwt.clock-skew-seconds:30}") long clockSkewSeconds) {
        this.clockSkew = Duration.ofSeconds(clockSkewSeconds);
    }
}
