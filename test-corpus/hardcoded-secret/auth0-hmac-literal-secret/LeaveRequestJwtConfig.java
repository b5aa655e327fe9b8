package com.acme.hr.leave;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration
public class LeaveRequestJwtConfig {

    @Bean
    public Algorithm leaveAlgorithm(@Value("${leave.jwt.secret}") String secret) {
        // ok: configuration value without a default
        return Algorithm.HMAC384(secret);
    }

    @Bean
    public JWTVerifier calendarVerifier(Environment environment) {
        // expect: property lookup with a literal fallback
        Algorithm algorithm = Algorithm.HMAC256(environment.getProperty("calendar.jwt.secret", "calendar-local"));
        return JWT.require(algorithm).build();
    }

    @Bean
    public JWTVerifier mobileVerifier(SecretsClient secrets) {
        // ok: fetched from the secret manager at start-up
        return JWT.require(Algorithm.HMAC512(secrets.fetch("hr/leave/mobile-jwt"))).build();
    }

    @Bean
    public JWTVerifier partnerVerifier(PartnerKeys partnerKeys) {
        // ok: an RSA public key, not a shared secret
        return JWT.require(Algorithm.RSA256(partnerKeys.publicKey(), null)).build();
    }
}

class LeaveTokenSigner {

    private String secret = "replace-via-constructor";

    LeaveTokenSigner(String secret) {
        this.secret = secret;
    }

    Algorithm algorithmFor(String secret) {
        // ok: the parameter, not the field's placeholder initializer
        return Algorithm.HMAC256(secret);
    }
}
