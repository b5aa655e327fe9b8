package com.acme.hr.shifts;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShiftPlannerAuthController {

    private final ShiftTokens tokens;

    public ShiftPlannerAuthController(ShiftTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/shifts/login")
    public ResponseEntity<Void> login(PlannerLogin login) {
        String sessionToken = tokens.open(login);
        // expect: the session cookie relies on the builder default (httpOnly false)
        ResponseCookie session = ResponseCookie.from("SHIFT_SESSION", sessionToken)
                .secure(true)
                .sameSite("Lax")
                .build();
        // ok: httpOnly set explicitly
        ResponseCookie remember = ResponseCookie.from("shift_remember", tokens.remember(login))
                .secure(true)
                .httpOnly(true)
                .maxAge(Duration.ofDays(14))
                .build();
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, session.toString())
                .header(HttpHeaders.SET_COOKIE, remember.toString())
                .build();
    }

    @PostMapping("/shifts/logout")
    public ResponseEntity<Void> logout() {
        // ok: deletion cookie, Duration.ZERO
        ResponseCookie session = ResponseCookie.from("SHIFT_SESSION", "gone").maxAge(Duration.ZERO).build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, session.toString()).build();
    }
}
