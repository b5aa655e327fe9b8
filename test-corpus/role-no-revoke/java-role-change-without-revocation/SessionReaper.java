package com.acme.payroll.access;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

@Component
public class SessionReaper {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AccessAuditLog audit;

    public SessionReaper(FindByIndexNameSessionRepository<? extends Session> sessions, AccessAuditLog audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    public void afterPrivilegeChange(Employee employee) {
        audit.record(employee.getUsername(), "PRIVILEGES_CHANGED");
        reap(employee.getUsername());
    }

    void reap(String username) {
        sweep(username);
    }

    private void sweep(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
