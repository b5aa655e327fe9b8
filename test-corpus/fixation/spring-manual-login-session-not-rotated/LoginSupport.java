package com.acme.timesheets.auth;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

@Component
public class LoginSupport {

    private final LoginAuditLog audit;

    public LoginSupport(LoginAuditLog audit) {
        this.audit = audit;
    }

    public void establish(Authentication auth, HttpServletRequest request, HttpServletResponse response) {
        audit.loggedIn(auth.getName(), request.getRemoteAddr());
        freshSession(request);
    }

    private void freshSession(HttpServletRequest request) {
        request.changeSessionId();
    }
}
