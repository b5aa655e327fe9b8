package com.acme.leave.web;

import java.time.Duration;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;

@Component
public class LeaveAuthCookies {

    private static final String REMEMBER_COOKIE = "leave_remember";
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    public void rememberEmployee(HttpServletResponse response, String token) {
        Cookie remember = new Cookie(REMEMBER_COOKIE, token);
        remember.setHttpOnly(true);
        remember.setSecure(true);
        // expect: a year-long remember-me cookie
        remember.setMaxAge(ONE_YEAR);
        response.addCookie(remember);
    }

    public void issueJwtCookie(HttpServletResponse response, String jwt) {
        Cookie cookie = new Cookie("leave_jwt", jwt);
        cookie.setHttpOnly(true);
        // expect: kept until the end of time
        cookie.setMaxAge(Integer.MAX_VALUE);
        response.addCookie(cookie);
    }

    public void issueRefreshCookie(HttpServletResponse response, String refreshToken) {
        ResponseCookie refresh = ResponseCookie.from("leave_refresh_token", refreshToken)
                .httpOnly(true)
                .secure(true)
                .path("/auth")
                // expect: ninety days on the browser's disk
                .maxAge(Duration.ofDays(90))
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, refresh.toString());
    }

    public void issueSessionCookie(HttpServletResponse response, String sessionId) {
        Cookie session = new Cookie("LEAVE_SESSION", sessionId);
        // ok: -1 is the browser-session default, not "forever"
        session.setMaxAge(-1);
        response.addCookie(session);
    }

    public void issueShortRefresh(HttpServletResponse response, String refreshToken) {
        ResponseCookie refresh = ResponseCookie.from("leave_refresh_token", refreshToken)
                // ok: fourteen days
                .maxAge(Duration.ofDays(14))
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, refresh.toString());
    }

    public void rememberLanguage(HttpServletResponse response, String language) {
        Cookie lang = new Cookie("leave_lang", language);
        // ok: a preference, not a credential
        lang.setMaxAge(ONE_YEAR);
        response.addCookie(lang);
    }

    public void logout(HttpServletResponse response) {
        Cookie remember = new Cookie(REMEMBER_COOKIE, "");
        // ok: deletion
        remember.setMaxAge(0);
        response.addCookie(remember);
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> sessionCookie() {
        // expect: the container's session cookie persisted for ninety days
        return factory -> factory.getSession().getCookie().setMaxAge(Duration.ofDays(90));
    }

    @Bean
    DefaultCookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("LEAVE_SESSION");
        // ok: eight hours
        serializer.setCookieMaxAge(8 * 60 * 60);
        return serializer;
    }
}

class ShiroRememberMeConfig {

    org.apache.shiro.web.servlet.SimpleCookie rememberMeCookie() {
        org.apache.shiro.web.servlet.SimpleCookie cookie = new org.apache.shiro.web.servlet.SimpleCookie("rememberMe");
        cookie.setHttpOnly(true);
        // expect: Shiro remember-me cookie kept for a year
        cookie.setMaxAge(365 * 24 * 60 * 60);
        return cookie;
    }
}
