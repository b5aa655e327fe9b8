package com.acme.hr.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class TokenSigner {

    // expect: application.yml configures other jwt settings, not this secret
    @Value("${hr.jwt.secret:hr-local-secret}")
    private String jwtSecret;

    // ok: application.yml sets the refresh secret
    @Value("${hr.jwt.refresh-secret:hr-refresh-local}")
    private String refreshSecret;
}
