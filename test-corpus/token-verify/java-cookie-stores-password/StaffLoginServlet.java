package com.acme.hr.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/staff/login")
public class StaffLoginServlet extends HttpServlet {

    private final StaffDirectory staff = StaffDirectory.instance();
    private final RememberMeTokens rememberMeTokens = RememberMeTokens.instance();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String login = request.getParameter("login");
        String password = request.getParameter("password");
        Staff member = staff.authenticate(login, password);
        if (member == null) {
            response.sendRedirect("/staff/login?error");
            return;
        }
        request.changeSessionId();
        request.getSession().setAttribute("staff", member);

        if (request.getParameter("remember") != null) {
            String remembered = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
            // expect: base64(login:password) in a long-lived cookie
            Cookie cookie = new Cookie("STAFF_REMEMBER", remembered);
            cookie.setMaxAge(30 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setSecure(true);
            response.addCookie(cookie);
        }

        // ok: the cookie name mentions the password, the value is a flag
        response.addCookie(new Cookie("savePassword", "false"));

        // ok: a random server-side token
        Cookie device = new Cookie("STAFF_DEVICE", rememberMeTokens.issue(member.getId()));
        device.setHttpOnly(true);
        device.setSecure(true);
        response.addCookie(device);
        response.sendRedirect("/staff/home");
    }

    void rememberLegacy(HttpServletResponse response, Staff member) {
        // expect: the password hash is put straight into the cookie
        response.addCookie(new Cookie("legacy_auth", member.getLogin() + "|" + member.getPasswordHash()));
    }
}

class KioskTokenCookies {

    private static final String KIOSK_PASSWORD = System.getenv("KIOSK_SIGNING_KEY");

    void issue(javax.servlet.http.HttpServletResponse response, String badge) {
        String token = io.jsonwebtoken.Jwts.builder()
                .setSubject(badge)
                .signWith(io.jsonwebtoken.SignatureAlgorithm.HS256, KIOSK_PASSWORD)
                .compact();
        // ok: a signed JWT whose signing-key constant is named like a password
        response.addCookie(new javax.servlet.http.Cookie("kiosk_token", token));
    }
}
