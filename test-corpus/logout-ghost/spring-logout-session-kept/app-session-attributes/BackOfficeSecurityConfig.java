package com.acme.inventory.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

@Configuration
public class BackOfficeSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain warehouseChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/warehouse/**")
            .formLogin(form -> form.loginPage("/warehouse/login"))
            .logout(logout -> logout
                .logoutUrl("/warehouse/logout")
                // expect: the session survives logout so the pick list is kept (and the clerk stored by WarehouseLoginListener with it)
                .invalidateHttpSession(false)
                .deleteCookies("JSESSIONID"));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain purchasingChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/purchasing/**")
            .formLogin(form -> form.loginPage("/purchasing/login"))
            .logout(logout -> logout
                .logoutUrl("/purchasing/logout")
                // ok: explicit default
                .invalidateHttpSession(true)
                // expect: the Authentication stays in the saved context
                .clearAuthentication(false));
        return http.build();
    }

    @Bean
    SecurityContextLogoutHandler kioskLogoutHandler() {
        SecurityContextLogoutHandler handler = new SecurityContextLogoutHandler();
        // expect: a hand-built logout handler that keeps the session
        handler.setInvalidateHttpSession(false);
        // ok: explicit default
        handler.setClearAuthentication(true);
        return handler;
    }
}
