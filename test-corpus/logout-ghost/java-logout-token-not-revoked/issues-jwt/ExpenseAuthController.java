package com.acme.expenses.web;

import java.util.List;

import javax.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.acme.expenses.audit.LoginAuditLog;
import com.acme.expenses.auth.ExpenseAuthService;
import com.acme.expenses.auth.ExpenseSessionRegistry;
import com.acme.expenses.auth.LogoutEvent;
import com.acme.expenses.auth.RefreshTokenRepository;

@RestController
@RequestMapping("/api/expenses/auth")
public class ExpenseAuthController {

    private final ExpenseAuthService authService;
    private final ExpenseSessionRegistry sessionRegistry;
    private final RefreshTokenRepository refreshTokens;
    private final LoginAuditLog auditLog;

    public ExpenseAuthController(ExpenseAuthService authService, ExpenseSessionRegistry sessionRegistry,
                                 RefreshTokenRepository refreshTokens, LoginAuditLog auditLog) {
        this.authService = authService;
        this.sessionRegistry = sessionRegistry;
        this.refreshTokens = refreshTokens;
        this.auditLog = auditLog;
    }

    @PostMapping("/logout")
    // expect: a stateless logout that only answers 200: the access and refresh tokens stay valid
    public ResponseEntity<String> logout() {
        return ResponseEntity.ok("Logged out");
    }

    @PostMapping("/approver/logout")
    // expect: recording an audit line revokes nothing
    public ResponseEntity<Void> approverLogout(@AuthenticationPrincipal Jwt jwt) {
        auditLog.record(jwt.getSubject(), "LOGOUT");
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/logout/all")
    // ok: the refresh tokens are deleted by a helper of this controller
    public ResponseEntity<Void> logoutAll(@AuthenticationPrincipal Jwt jwt) {
        dropRefreshTokens(jwt.getSubject());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/device/logout")
    // ok: ExpenseSessionRegistry.closeOut (another file) deletes the device's refresh token
    public ResponseEntity<Void> deviceLogout(@AuthenticationPrincipal Jwt jwt,
                                             @RequestHeader("X-Device-Id") String deviceId) {
        sessionRegistry.closeOut(jwt.getSubject(), deviceId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/signout")
    // ok: passed to ExpenseAuthService.signOut, a method of the same name (not followed yet)
    public ResponseEntity<Void> signOut(HttpServletRequest request) {
        authService.signOut(request.getHeader(HttpHeaders.AUTHORIZATION));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/kiosk/logout")
    // ok: only clears the cookie: reported by java-logout-client-side-only, not twice
    public ResponseEntity<Void> kioskLogout() {
        ResponseCookie gone = ResponseCookie.from("expenses_jwt", "").maxAge(0).build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, gone.toString()).build();
    }

    @PostMapping("/mobile/logout")
    // expect: emptying the security context revokes nothing: the next request brings the token back
    public ResponseEntity<Void> mobileLogout() {
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/partner/logout")
    // ok: the SSO client library ends the central login (its logoutWithCookie removes the server-side entry)
    public ResponseEntity<Void> partnerLogout(HttpServletRequest request, javax.servlet.http.HttpServletResponse response) {
        PartnerSsoClient.logoutWithCookie(request, response);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/logout")
    // ok: the confirmation page; the form posts to the logout endpoint
    public String logoutPage() {
        return "auth/confirm-logout";
    }

    @GetMapping("/logout-history")
    // ok: not a logout: lists past logouts
    public ResponseEntity<List<LogoutEvent>> logoutHistory(@AuthenticationPrincipal Jwt jwt) {
        return ResponseEntity.ok(auditLog.logouts(jwt.getSubject()));
    }

    private void dropRefreshTokens(String employeeNumber) {
        refreshTokens.deleteAllByEmployeeNumber(employeeNumber);
    }
}
