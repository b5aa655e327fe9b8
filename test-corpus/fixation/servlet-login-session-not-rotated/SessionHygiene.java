package com.acme.benefits.auth;

import java.time.Instant;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

@Component
public class SessionHygiene {

    private final LoginAuditRepository audit;

    public SessionHygiene(LoginAuditRepository audit) {
        this.audit = audit;
    }

    public void startAuthenticated(HttpServletRequest request) {
        dropPreLoginSession(request);
        request.getSession(true);
    }

    public void checkCaptcha(HttpServletRequest request) {
        HttpSession session = request.getSession();
        Object expected = session.getAttribute("benefitsCaptcha");
        if (expected == null || !expected.equals(request.getParameter("captcha"))) {
            throw new IllegalStateException("captcha mismatch");
        }
    }

    public void recordLogin(String principal) {
        audit.save(new LoginAudit(principal, Instant.now()));
    }

    private void dropPreLoginSession(HttpServletRequest request) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
    }
}
