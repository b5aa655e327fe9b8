package com.acme.timesheets.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/timesheets")
public class TimesheetAuthController {

    private final TimesheetLockService locks;

    public TimesheetAuthController(TimesheetLockService locks) {
        this.locks = locks;
    }

    @PostMapping("/logout/notify")
    // ok: this project issues no JWTs (form login with server sessions: the filter chain's logout ends them)
    public ResponseEntity<Void> logoutNotify() {
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/logout")
    // ok: no tokens in this project
    public ResponseEntity<Void> logout() {
        locks.releaseDraftLocks();
        return ResponseEntity.noContent().build();
    }
}
