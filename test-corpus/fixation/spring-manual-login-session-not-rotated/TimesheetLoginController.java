package com.acme.timesheets.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.acme.timesheets.auth.LoginSupport;
import com.acme.timesheets.auth.ShiftTokenService;
import com.acme.timesheets.model.Employee;
import com.acme.timesheets.model.LoginPreferences;

@Controller
public class TimesheetLoginController {

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository securityContextRepository;
    private final SessionAuthenticationStrategy sessionStrategy;
    private final LoginSupport loginSupport;
    private final ShiftTokenService shiftTokens;

    public TimesheetLoginController(AuthenticationManager authenticationManager,
                                    SecurityContextRepository securityContextRepository,
                                    SessionAuthenticationStrategy sessionStrategy,
                                    LoginSupport loginSupport,
                                    ShiftTokenService shiftTokens) {
        this.authenticationManager = authenticationManager;
        this.securityContextRepository = securityContextRepository;
        this.sessionStrategy = sessionStrategy;
        this.loginSupport = loginSupport;
        this.shiftTokens = shiftTokens;
    }

    @PostMapping("/login")
    public String submitLogin(@RequestParam String badge, @RequestParam String password) {
        Authentication auth = authenticationManager.authenticate(
                new UsernamePasswordAuthenticationToken(badge, password));
        // expect: Spring 5 style: the persistence filter saves this context into the pre-login session
        SecurityContextHolder.getContext().setAuthentication(auth);
        return "redirect:/timesheets";
    }

    @PostMapping("/supervisor/signin")
    public String supervisorSignIn(@RequestParam String badge, @RequestParam String password,
                                   HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(badge, password));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        // expect: Spring 6 style, explicit save, same session id
        SecurityContextHolder.setContext(context);
        // ok: only the first write of the login is reported
        securityContextRepository.saveContext(context, request, response);
        return "redirect:/timesheets/approvals";
    }

    @PostMapping("/kiosk/login")
    public String kioskLogin(@RequestParam String pin, HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = authenticationManager.authenticate(new KioskPinToken(pin));
        sessionStrategy.onAuthentication(auth, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        // ok: the configured SessionAuthenticationStrategy renewed the id first
        securityContextRepository.saveContext(context, request, response);
        return "redirect:/kiosk/clock";
    }

    @PostMapping("/contractor/login")
    public String contractorLogin(@RequestParam String email, @RequestParam String password,
                                  HttpServletRequest request) {
        Authentication auth = authenticationManager.authenticate(
                new UsernamePasswordAuthenticationToken(email, password));
        // ok: renewSessionId (below, same file) calls request.changeSessionId()
        SecurityContextHolder.getContext().setAuthentication(auth);
        renewSessionId(request);
        return "redirect:/timesheets";
    }

    @PostMapping("/sso/authenticate")
    public String ssoAuthenticate(@RequestParam("assertion") String assertion,
                                  HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = authenticationManager.authenticate(new SsoAssertionToken(assertion));
        loginSupport.establish(auth, request, response);
        // ok: LoginSupport.establish (another file) rotates the id two calls down
        SecurityContextHolder.getContext().setAuthentication(auth);
        return "redirect:/timesheets";
    }

    @PostMapping("/shift/login")
    @org.springframework.web.bind.annotation.ResponseBody
    public String shiftLogin(@RequestParam String badge, @RequestParam String password) {
        Authentication auth = authenticationManager.authenticate(
                new UsernamePasswordAuthenticationToken(badge, password));
        // ok: a token login: a bearer token is minted, no session is used
        SecurityContextHolder.getContext().setAuthentication(auth);
        return shiftTokens.generateToken((Employee) auth.getPrincipal());
    }

    @PostMapping("/login-preferences")
    public String loginPreferences(LoginPreferences prefs, Authentication current) {
        Employee updated = ((Employee) current.getPrincipal()).withPreferences(prefs);
        // ok: not a login: refreshes the principal of an already rotated session
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, current.getAuthorities()));
        return "redirect:/settings";
    }

    @GetMapping("/login")
    public String loginForm() {
        return "login";
    }

    private void renewSessionId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }
}
