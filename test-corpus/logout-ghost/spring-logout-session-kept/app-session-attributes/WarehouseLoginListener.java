package com.acme.inventory.config;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Component
public class WarehouseLoginListener {

    private final ClerkDirectory clerks;

    public WarehouseLoginListener(ClerkDirectory clerks) {
        this.clerks = clerks;
    }

    @EventListener
    public void onLogin(AuthenticationSuccessEvent event) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        HttpSession session = request.getSession();
        session.setAttribute("warehouseClerk", clerks.byUsername(event.getAuthentication().getName()));
    }
}
