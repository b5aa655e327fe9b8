package com.acme.payroll.web;

import java.time.Duration;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.acme.payroll.auth.AccountSessionService;
import com.acme.payroll.auth.PayrollAuthService;
import com.acme.payroll.reports.LogoutReportService;
import com.acme.payroll.web.support.CookieUtils;

@RestController
@RequestMapping("/api/payroll/auth")
public class PayrollAuthController {

    private final PayrollAuthService authService;
    private final AccountSessionService accountSessions;
    private final LogoutReportService logoutReports;

    public PayrollAuthController(PayrollAuthService authService,
                                 AccountSessionService accountSessions,
                                 LogoutReportService logoutReports) {
        this.authService = authService;
        this.accountSessions = accountSessions;
        this.logoutReports = logoutReports;
    }

    @PostMapping("/logout")
    public ResponseEntity<Void> logout(HttpServletResponse response) {
        ResponseCookie expired = ResponseCookie.from("payroll_jwt", "")
                .httpOnly(true)
                .secure(true)
                .path("/")
                // expect: the JWT cookie is dropped, the token itself stays valid
                .maxAge(0)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, expired.toString());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/sign-out")
    public ResponseEntity<Void> signOut(HttpServletResponse response) {
        // ok: emptying the security context is not judged here (Spring Security 5 saves the empty context into the session)
        SecurityContextHolder.clearContext();
        // expect: the session cookie is expired, the session itself is not
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from("PAYROLL_SESSION", "").maxAge(0).build().toString());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/session")
    public ResponseEntity<Void> logoutCurrent(HttpServletResponse response) {
        // expect: handler named logoutCurrent; cookie expiry only
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from("PAYROLL_SESSION", "").maxAge(Duration.ZERO).build().toString());
        // ok: only the first cookie expiry of a handler is reported
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from("payroll_refresh", "").maxAge(Duration.ZERO).build().toString());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/logout/everywhere")
    public ResponseEntity<Void> logoutEverywhere(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // ok: the server-side session was invalidated first
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from("PAYROLL_SESSION", "").maxAge(0).build().toString());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/kiosk/logout")
    public ResponseEntity<Void> kioskLogout(HttpServletRequest request, HttpServletResponse response) {
        // ok: endKioskSession (below, same file) invalidates the session
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from("PAYROLL_SESSION", "").maxAge(0).build().toString());
        endKioskSession(request);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/mobile/logout")
    public ResponseEntity<Void> mobileLogout(Authentication auth,
                                             @CookieValue("payroll_refresh") String refreshToken,
                                             HttpServletResponse response) {
        accountSessions.closeOut(auth.getName(), refreshToken);
        // ok: closeOut (AccountSessionService.java) deletes the refresh token two calls down
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from("payroll_refresh", "").maxAge(0).build().toString());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/admin/logout")
    public ResponseEntity<Void> adminLogout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        authService.adminLogout(request.getHeader(HttpHeaders.AUTHORIZATION));
        // ok: the token is handed to PayrollAuthService.adminLogout (same name, another class)
        CookieUtils.deleteCookie(request, response, "payroll_jwt");
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/terminal/logout")
    public ResponseEntity<Void> terminalSignOff(HttpServletResponse response, Authentication auth) {
        logoutReports.record(auth.getName());
        // expect: recording an audit line is not a revocation
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from("payroll_jwt", "").maxAge(0).build().toString());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/logout-report")
    public ResponseEntity<byte[]> logoutReport(HttpServletResponse response) {
        // ok: not a logout: a CSV of past logouts, resetting its own filter cookie
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from("report_filter", "").maxAge(0).build().toString());
        return ResponseEntity.ok(logoutReports.csv());
    }

    @PostMapping("/preferences/reset")
    public ResponseEntity<Void> resetPreferences(HttpServletResponse response) {
        // ok: not a logout handler
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from("payroll_theme", "").maxAge(0).build().toString());
        return ResponseEntity.noContent().build();
    }

    private void endKioskSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
