package com.acme.billing.auth;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BillingAuthController {

    private final BillingTokens tokens;
    private final CookieProperties cookies;

    public BillingAuthController(BillingTokens tokens, CookieProperties cookies) {
        this.tokens = tokens;
        this.cookies = cookies;
    }

    @PostMapping("/auth/login")
    public ResponseEntity<Void> login(Credentials credentials) {
        TokenPair pair = tokens.issue(credentials);
        // expect: refresh token cookie built without .secure(..)
        ResponseCookie refresh = ResponseCookie.from("billing_refresh_token", pair.refresh())
                .httpOnly(true)
                .path("/auth")
                .maxAge(Duration.ofDays(7))
                .build();
        // ok: secure(..) from configuration
        ResponseCookie access = ResponseCookie.from("billing_access", pair.access())
                .httpOnly(true)
                .secure(cookies.isSecure())
                .path("/")
                .build();
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, refresh.toString())
                .header(HttpHeaders.SET_COOKIE, access.toString())
                .build();
    }

    @PostMapping("/auth/logout")
    public ResponseEntity<Void> logout() {
        // ok: deletion cookie
        ResponseCookie refresh = ResponseCookie.from("billing_refresh_token", "").path("/auth").maxAge(0).build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, refresh.toString()).build();
    }

    @PostMapping("/preferences/currency")
    public ResponseEntity<Void> currency(String code) {
        // ok: not a session cookie
        ResponseCookie currency = ResponseCookie.from("currency", code).path("/").build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, currency.toString()).build();
    }
}
