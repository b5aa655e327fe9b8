package com.acme.inventory.staff;

import java.time.Instant;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StaffAccountService {

    private final StaffRepository staff;
    private final SessionRegistry sessionRegistry;
    private final StaffOffboarding offboarding;
    private final RefreshTokenRepository refreshTokens;

    public StaffAccountService(StaffRepository staff, SessionRegistry sessionRegistry,
                               StaffOffboarding offboarding, RefreshTokenRepository refreshTokens) {
        this.staff = staff;
        this.sessionRegistry = sessionRegistry;
        this.offboarding = offboarding;
        this.refreshTokens = refreshTokens;
    }

    @Transactional
    public void dismiss(long staffId) {
        StaffMember member = staff.findById(staffId).orElseThrow();
        // expect: a dismissed clerk stays logged in on the warehouse terminals
        member.setEnabled(false);
        member.setDismissedAt(Instant.now());
        staff.save(member);
    }

    @Transactional
    public void lockAfterFraudReport(String username) {
        var staffUser = staff.findByUsername(username).orElseThrow();
        // expect: locked, but sessions and refresh tokens survive
        staffUser.setStatus(StaffStatus.LOCKED);
        // ok: only the first change of the method is reported
        staffUser.setLocked(true);
        staff.saveAndFlush(staffUser);
    }

    @Transactional
    public void updateFromForm(long staffId, StaffForm form) {
        StaffMember member = staff.findById(staffId).orElseThrow();
        member.setDisplayName(form.displayName());
        // expect: the form may switch the account off
        member.setActive(form.active());
        staff.save(member);
    }

    @Transactional
    public void suspend(long staffId) {
        StaffMember member = staff.findById(staffId).orElseThrow();
        member.setSuspended(true);
        staff.save(member);
        // ok: the previous shape, with every session of the clerk expired
        sessionRegistry.getAllSessions(member.getUsername(), false).forEach(SessionInformation::expireNow);
    }

    @Transactional
    public void ban(long staffId) {
        StaffMember member = staff.findById(staffId).orElseThrow();
        // ok: revokeEverything (same class) deletes the refresh tokens
        member.setBanned(true);
        staff.save(member);
        revokeEverything(member);
    }

    @Transactional
    public void offboard(long staffId) {
        StaffMember member = staff.findById(staffId).orElseThrow();
        // ok: StaffOffboarding.complete (another file) expires the sessions two calls down
        member.setEnabled(false);
        staff.save(member);
        offboarding.complete(member);
    }

    @Transactional
    @CacheEvict(cacheNames = "staff-details", key = "#staffId")
    public void deactivate(long staffId) {
        StaffMember member = staff.findById(staffId).orElseThrow();
        // ok: the cached details the JWT filter reads are evicted with the change
        member.setActive(false);
        staff.save(member);
    }

    @Transactional
    public void reactivate(long staffId) {
        StaffMember member = staff.findById(staffId).orElseThrow();
        // ok: enabling an account revokes nothing
        member.setEnabled(true);
        staff.save(member);
    }

    public StaffMember register(StaffForm form) {
        StaffMember member = new StaffMember(form.username());
        // ok: a new account starts disabled until e-mail confirmation; it has no sessions
        member.setEnabled(false);
        return staff.save(member);
    }

    @Transactional
    public void closeShift(long shiftId) {
        Shift shift = shifts().findById(shiftId).orElseThrow();
        // ok: a shift is not an account
        shift.setActive(false);
        shifts().save(shift);
    }

    private void revokeEverything(StaffMember member) {
        refreshTokens.deleteAllByStaffId(member.getId());
    }

    private ShiftRepository shifts() {
        return ShiftRepository.instance();
    }
}
