package com.acme.inventory.session;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SessionSigningProperties {

    @Bean
    public SessionSigner sessionSigner(
            // expect: HMAC key for session signatures with a default
            @Value("${INVENTORY_SESSION_HMAC_KEY:3f9c1e7a55b2d4c8a1e0f6b7c9d2e4a1}") String hmacKey) {
        return new SessionSigner(hmacKey);
    }

    @Bean
    public SessionSigner auditSigner(
            // ok: SpEL null default, the bean decides what to do when it is missing
            @Value("${inventory.audit.session-secret:#{null}}") String auditSecret) {
        return auditSecret == null ? SessionSigner.disabled() : new SessionSigner(auditSecret);
    }

    @Bean
    public PublicKeyLoader tokenKeys(
            // ok: a public key location is not a secret
            @Value("${inventory.jwt.public-key-location:classpath:keys/jwt.pub}") String location) {
        return new PublicKeyLoader(location);
    }

    @Bean
    public MailSettings mail(@Value("${inventory.mail.password:}") String password) {
        // ok: empty default, and not a token secret
        return new MailSettings(password);
    }
}
