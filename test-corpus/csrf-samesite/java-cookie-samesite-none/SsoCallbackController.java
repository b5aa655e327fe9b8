package com.acme.finance.sso;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SsoCallbackController {

    @PostMapping("/sso/acs")
    public ResponseEntity<Void> assertionConsumer(String sessionId) {
        ResponseCookie cookie = ResponseCookie.from("FIN_SESSION", sessionId)
                .httpOnly(true)
                .secure(true)
                // expect: the session cookie is made cross-site
                .sameSite(SameSite.NONE.attributeValue())
                .build();
        return ResponseEntity.status(302).header(HttpHeaders.SET_COOKIE, cookie.toString()).header("Location", "/").build();
    }

    @GetMapping("/sso/preferences")
    public void preferences(HttpServletResponse response, String theme) {
        Cookie cookie = new Cookie("FIN_THEME", theme);
        cookie.setSecure(true);
        // expect: Servlet 6 attribute API
        cookie.setAttribute("SameSite", "None");
        response.addCookie(cookie);
    }

    @GetMapping("/sso/legacy")
    public void legacy(HttpServletResponse response, String token) {
        // expect: hand-written header
        response.addHeader("Set-Cookie", "FIN_LEGACY=" + token + "; Path=/; Secure; HttpOnly; SameSite=None");
    }

    @PostMapping("/sso/logout")
    public ResponseEntity<Void> logout() {
        ResponseCookie cookie = ResponseCookie.from("FIN_SESSION", "")
                .httpOnly(true)
                .secure(true)
                // ok: Lax
                .sameSite("Lax")
                .maxAge(Duration.ZERO)
                .build();
        // ok: a Set-Cookie header with SameSite=Strict
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString() + "; SameSite=Strict").build();
    }
}
