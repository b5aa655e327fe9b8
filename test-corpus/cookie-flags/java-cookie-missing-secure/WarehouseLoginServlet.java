package com.acme.inventory.web;

import java.io.IOException;

import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/warehouse/login")
public class WarehouseLoginServlet extends HttpServlet {

    private static final String SESSION_COOKIE = "WH_SESSION";

    private final ScannerSessions sessions = ScannerSessions.instance();
    private final CookieDefaults cookieDefaults = CookieDefaults.fromEnvironment();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sessionId = sessions.open(request.getParameter("operator"), request.getParameter("pin"));

        // expect: the session cookie never gets setSecure
        Cookie session = new Cookie(SESSION_COOKIE, sessionId);
        session.setHttpOnly(true);
        session.setPath("/warehouse");
        response.addCookie(session);

        // expect: added inline, no flag can be set
        response.addCookie(new Cookie("wh_scanner_token", sessions.scannerToken(sessionId)));

        // ok: not a session or auth cookie
        Cookie aisle = new Cookie("lastAisle", request.getParameter("aisle"));
        response.addCookie(aisle);

        // ok: Secure follows the request scheme
        Cookie device = new Cookie("WH_DEVICE_TOKEN", sessions.deviceToken(sessionId));
        device.setHttpOnly(true);
        device.setSecure(request.isSecure());
        response.addCookie(device);

        // ok: a helper of the application applies Secure/HttpOnly/SameSite
        Cookie shift = new Cookie("WH_SHIFT_SESSION", sessions.shift(sessionId));
        cookieDefaults.apply(shift);
        response.addCookie(shift);

        response.sendRedirect("/warehouse/picking");
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        // ok: deletion cookie
        Cookie session = new Cookie(SESSION_COOKIE, null);
        session.setPath("/warehouse");
        response.addCookie(session);

        // ok: deletion cookie with a value but max age zero
        Cookie token = new Cookie("wh_scanner_token", "deleted");
        token.setMaxAge(0);
        response.addCookie(token);
    }

    void rememberOperator(HttpServletRequest request, HttpServletResponse response, String rememberToken, boolean tls) {
        // ok: Secure is set in the if below when the deployment uses TLS
        Cookie remember = new Cookie("wh_remember", rememberToken);
        remember.setHttpOnly(true);
        if (tls) {
            remember.setSecure(true);
        }
        response.addCookie(remember);
    }
}
