package com.acme.billing.portal;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CustomerPortalController {

    private final CipherService cipher;
    private final PasswordResetService passwordResets;

    public CustomerPortalController(CipherService cipher, PasswordResetService passwordResets) {
        this.cipher = cipher;
        this.passwordResets = passwordResets;
    }

    @PostMapping("/portal/remember")
    public ResponseEntity<Void> remember(Authentication authentication) {
        // expect: credentials encrypted with the app's static key still give them back
        ResponseCookie cookie = ResponseCookie.from("portal_login", cipher.encrypt(authentication.getName() + ":" + authentication.getCredentials()))
                .httpOnly(true)
                .secure(true)
                .maxAge(Duration.ofDays(60))
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @PostMapping("/portal/forgot")
    public ResponseEntity<Void> forgot(String email) {
        String passwordResetToken = passwordResets.start(email);
        // ok: a reset token, not the password
        ResponseCookie cookie = ResponseCookie.from("reset_flow", passwordResetToken)
                .httpOnly(true)
                .secure(true)
                .maxAge(Duration.ofMinutes(15))
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
