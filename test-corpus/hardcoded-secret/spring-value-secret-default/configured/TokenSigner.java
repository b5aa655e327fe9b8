package com.acme.inventory.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class TokenSigner {

    // ok: application.yml sets inventory.jwt.signing-secret, so this default is never used
    @Value("${inventory.jwt.signing-secret:inventory-local-secret}")
    private String signingSecret;

    // ok: application.properties sets it with relaxed binding (camelCase there, kebab-case here)
    @Value("${inventory.session.cookie-secret:cookie-dev-secret}")
    private String cookieSecret;
}
