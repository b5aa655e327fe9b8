package com.acme.inventory.api;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
public class AuthApiController {

    private final AuthenticationManager authenticationManager;
    private final SessionAuthenticationStrategy sessionStrategy;
    private final SupplierPortalUsers portalUsers;

    public AuthApiController(AuthenticationManager authenticationManager,
                             SessionAuthenticationStrategy sessionStrategy,
                             SupplierPortalUsers portalUsers) {
        this.authenticationManager = authenticationManager;
        this.sessionStrategy = sessionStrategy;
        this.portalUsers = portalUsers;
    }

    @RequestMapping(value = {"/login", "/signin"}, method = RequestMethod.POST)
    public ResponseEntity<Void> apiLogin(@RequestBody LoginRequest body, HttpServletRequest request) {
        Authentication auth = authenticationManager.authenticate(
                new UsernamePasswordAuthenticationToken(body.username(), body.password()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        HttpSession session = request.getSession(true);
        // expect: manual Spring login stores the security context in the old session
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/supplier/login")
    public ResponseEntity<Void> supplierLogin(@RequestBody LoginRequest body,
                                              HttpServletRequest request,
                                              HttpServletResponse response) {
        Authentication auth = authenticationManager.authenticate(
                new UsernamePasswordAuthenticationToken(body.username(), body.password()));
        sessionStrategy.onAuthentication(auth, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        // ok: the configured SessionAuthenticationStrategy rotated the id first
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/supplier/login/otp")
    public ResponseEntity<Void> supplierOtpLogin(@RequestBody OtpRequest body, HttpServletRequest request) {
        Optional<SupplierUser> supplier = portalUsers.verifyOtp(body.email(), body.code());
        HttpSession session = request.getSession();
        // expect: the write sits in a lambda; preceded-by climbs to the enclosing method, where the session was taken
        supplier.ifPresent(user -> session.setAttribute("supplierUser", user));
        return supplier.isPresent() ? ResponseEntity.noContent().build() : ResponseEntity.status(401).build();
    }

    @PostMapping("/supplier/preferences")
    public ResponseEntity<Void> savePreferences(@RequestBody Preferences prefs, HttpServletRequest request) {
        // ok: request attributes live for one request; and this is not a login handler
        request.setAttribute("supplierUser", portalUsers.current(request));
        request.getSession().setAttribute("preferredWarehouse", prefs.warehouse());
        return ResponseEntity.noContent().build();
    }
}
