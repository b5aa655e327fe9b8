package com.acme.hr.web.filter;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/** Every cookie written through this wrapper gets Secure and HttpOnly. */
public class SecureCookieResponseWrapper extends HttpServletResponseWrapper {

    public SecureCookieResponseWrapper(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        super.addCookie(cookie);
    }

    public void addSessionCookie(String sessionId) {
        // ok: this file's addCookie override forces Secure and HttpOnly
        Cookie session = new Cookie("HR_SESSION", sessionId);
        addCookie(session);
    }
}
