package com.acme.payroll.portal;

import java.time.Duration;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

import org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseCookie;
import org.springframework.session.web.http.DefaultCookieSerializer;

@Configuration
public class PayrollPortalCookies {

    @Bean
    public TomcatContextCustomizer legacyScriptsNeedSession() {
        // expect: every container cookie, JSESSIONID included, becomes script-readable
        return context -> context.setUseHttpOnly(false);
    }

    @Bean
    public DefaultCookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        // expect: Spring Session cookie readable from JavaScript
        serializer.setUseHttpOnlyCookie(false);
        return serializer;
    }

    public void issueAccessToken(HttpServletResponse response, String jwt) {
        Cookie access = new Cookie("PAYROLL_ACCESS", jwt);
        access.setSecure(true);
        // expect: the JWT cookie is handed to page scripts
        access.setHttpOnly(false);
        response.addCookie(access);
    }

    public void issueCsrfToken(HttpServletResponse response, String csrfToken) {
        Cookie csrf = new Cookie("XSRF-TOKEN", csrfToken);
        csrf.setSecure(true);
        // ok: double-submit CSRF token, the SPA must read it
        csrf.setHttpOnly(false);
        response.addCookie(csrf);
    }

    public ResponseCookie theme(String theme) {
        // ok: a UI preference read by the front end
        return ResponseCookie.from("payroll_theme", theme).httpOnly(false).secure(true).maxAge(Duration.ofDays(365)).build();
    }

    public ResponseCookie remember(String token) {
        return ResponseCookie.from("payroll_remember", token)
                .secure(true)
                // expect: remember-me token readable by scripts
                .httpOnly(false)
                .maxAge(Duration.ofDays(14))
                .build();
    }

    public ResponseCookie forgetRemember() {
        return ResponseCookie.from("payroll_remember", "")
                // ok: deletion cookie
                .httpOnly(false)
                .maxAge(Duration.ZERO)
                .build();
    }
}
