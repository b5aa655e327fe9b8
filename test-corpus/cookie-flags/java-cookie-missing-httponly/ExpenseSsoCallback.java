package com.acme.finance.expenses.sso;

import java.io.IOException;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public class ExpenseSsoCallback extends HttpServlet {

    private final SsoClient sso = SsoClient.instance();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SsoTokens tokens = sso.exchange(request.getParameter("code"));
        try {
            // expect: the id token cookie is readable from scripts
            Cookie idToken = new Cookie("exp_id_token", tokens.idToken());
            idToken.setSecure(true);
            idToken.setPath("/");
            response.addCookie(idToken);
        } finally {
            sso.audit(request.getRemoteAddr());
        }

        // expect: a JWT in a cookie named after the app, judged by the value
        Cookie jwtCookie = new Cookie("exp_api", tokens.jwt());
        jwtCookie.setSecure(true);
        response.addCookie(jwtCookie);

        // ok: HttpOnly set, Secure set
        Cookie refresh = new Cookie("exp_refresh_token", tokens.refresh());
        refresh.setSecure(true);
        refresh.setHttpOnly(true);
        response.addCookie(refresh);

        // ok: double-submit CSRF cookie, scripts must read it
        Cookie csrf = new Cookie("XSRF-TOKEN", tokens.csrfToken());
        csrf.setSecure(true);
        response.addCookie(csrf);

        response.sendRedirect("/expenses");
    }

    Cookie buildSessionCookie(String sessionId) {
        // ok: returned to the caller, not added here
        Cookie session = new Cookie("EXP_SESSION", sessionId);
        session.setPath("/");
        return session;
    }
}
