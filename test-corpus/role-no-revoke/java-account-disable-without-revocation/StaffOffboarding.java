package com.acme.inventory.staff;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

@Component
public class StaffOffboarding {

    private final SessionRegistry sessionRegistry;
    private final BadgeService badges;

    public StaffOffboarding(SessionRegistry sessionRegistry, BadgeService badges) {
        this.sessionRegistry = sessionRegistry;
        this.badges = badges;
    }

    public void complete(StaffMember member) {
        badges.retire(member.getBadgeId());
        closeSessions(member.getUsername());
    }

    private void closeSessions(String username) {
        for (SessionInformation session : sessionRegistry.getAllSessions(username, false)) {
            session.expireNow();
        }
    }
}
