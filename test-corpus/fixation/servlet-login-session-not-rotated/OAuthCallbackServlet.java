package com.acme.payroll.web;

import java.io.IOException;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import com.acme.payroll.sso.IdentityProviderClient;
import com.acme.payroll.sso.SsoAssertion;

public class OAuthCallbackServlet extends HttpServlet {

    private final IdentityProviderClient idp = new IdentityProviderClient();

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SsoAssertion assertion = idp.exchange(req.getParameter("code"));
        // ok: the OAuth state check reads the session, it does not write an identity
        String expectedState = (String) req.getSession().getAttribute("oauthState");
        if (!assertion.stateMatches(expectedState)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        // expect: getSession(true) keeps the pre-login id
        req.getSession(true).setAttribute("principal", assertion.subject());
        resp.sendRedirect("/payroll/home");
    }
}

class PayrollAuthServlet extends HttpServlet {

    private final PayrollUserService users = new PayrollUserService();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PayrollUser user = users.check(request.getParameter("user"), request.getParameter("pass"));
        if (user == null) {
            response.sendRedirect("/payroll/login?error");
            return;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        // ok: the old session was invalidated and a fresh one created first
        session.setAttribute("payrollUser", user);
        // ok: same fresh session
        session.setAttribute("userRole", user.getRole());
        response.sendRedirect("/payroll/home");
    }
}

class PayrollReportServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        // ok: not a login handler: the report servlet only remembers the chosen employee filter
        session.setAttribute("reportEmployeeFilter", request.getParameter("employee"));
        response.sendRedirect("/payroll/reports");
    }
}
