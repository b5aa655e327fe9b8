package com.acme.inventory.web;

import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.acme.inventory.account.AccountService;
import com.acme.inventory.account.LoginEvent;
import com.acme.inventory.account.WarehouseUser;

@Controller
@RequestMapping("/account")
public class AccountController {

    private final AccountService accounts;

    public AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/login")
    public String submitCredentials(@RequestParam String username,
                                    @RequestParam String password,
                                    HttpSession session,
                                    Model model) {
        WarehouseUser user = accounts.authenticate(username, password);
        if (user == null) {
            // ok: error flag for the form, not an identity
            session.setAttribute("loginError", "Invalid credentials");
            return "redirect:/account/login";
        }
        // expect: injected HttpSession is the pre-login session
        session.setAttribute("warehouseUser", user);
        return "redirect:/stock";
    }

    @PostMapping(value = "/signin", params = "remember")
    public String rememberedSignIn(@RequestParam String token, HttpServletRequest request) {
        WarehouseUser user = accounts.fromRememberToken(token);
        // expect: chained getSession() in a handler mapped to /signin
        request.getSession().setAttribute("userId", user.getId());
        return "redirect:/stock";
    }

    public String login(HttpServletRequest request, String username, String password) {
        WarehouseUser user = accounts.authenticate(username, password);
        request.changeSessionId();
        // ok: id renewed with changeSessionId() before the principal is stored
        request.getSession().setAttribute("userId", user.getId());
        return "redirect:/stock";
    }

    @PostMapping("/login/kiosk")
    public String kioskLogin(HttpServletRequest request, @RequestParam String pin) {
        WarehouseUser user = accounts.byKioskPin(pin);
        HttpSession session = request.getSession();
        // ok: csrf token refresh on the login form, not an identity key
        session.setAttribute("csrfToken", accounts.newCsrfToken());
        // expect: kioskLogin is a login handler by name; identity stored without rotation
        session.setAttribute("user", user);
        return "redirect:/stock";
    }

    @GetMapping("/login-history")
    public String loginHistory(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession();
        WarehouseUser current = (WarehouseUser) session.getAttribute("warehouseUser");
        List<LoginEvent> events = accounts.loginHistory(current);
        // ok: loginHistory only lists past logins; it does not log anyone in
        session.setAttribute("userHistoryPage", 1);
        model.addAttribute("events", events);
        return "account/history";
    }

    @GetMapping("/profile")
    public String profile(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "redirect:/account/login";
        }
        // ok: getSession(false) read in an ordinary page
        model.addAttribute("user", session.getAttribute("warehouseUser"));
        return "account/profile";
    }

    @PostMapping("/authenticate")
    public String containerLogin(HttpServletRequest request,
                                 @RequestParam String username,
                                 @RequestParam String password) throws Exception {
        request.login(username, password);
        // ok: the container renews the session id on request.login
        request.getSession().setAttribute("userName", username);
        return "redirect:/stock";
    }
}
