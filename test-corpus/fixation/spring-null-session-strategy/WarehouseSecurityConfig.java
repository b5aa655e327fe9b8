package com.acme.inventory.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionFixationProtectionStrategy;

@Configuration
public class WarehouseSecurityConfig {

    @Bean
    SecurityFilterChain warehouse(HttpSecurity http, AuthenticationManager manager) throws Exception {
        http.securityMatcher("/warehouse/**")
            .formLogin(form -> form.loginPage("/warehouse/login"))
            .sessionManagement(session -> session
                // expect: lambda DSL with the do-nothing strategy
                .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
            .addFilterAt(badgeFilter(manager), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    BadgeLoginFilter badgeFilter(AuthenticationManager manager) {
        BadgeLoginFilter filter = new BadgeLoginFilter(manager);
        // expect: a custom login filter that keeps the pre-login session id
        filter.setSessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy());
        return filter;
    }

    BadgeLoginFilter scannerFilter(AuthenticationManager manager) {
        BadgeLoginFilter filter = new BadgeLoginFilter(manager);
        // ok: renews the id
        filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        return filter;
    }

    @Bean
    SessionAuthenticationStrategy supplierSessionStrategy() {
        // expect: a strategy bean that does nothing
        return new NullAuthenticatedSessionStrategy();
    }

    @Bean
    SessionAuthenticationStrategy auditorSessionStrategy() {
        // ok: migrates attributes into a new session
        return new SessionFixationProtectionStrategy();
    }
}

@Configuration
class WarehouseCsrfConfig {

    @Bean
    SecurityFilterChain scanners(HttpSecurity http) throws Exception {
        http.securityMatcher("/scanners/**")
            .csrf(csrf -> csrf
                // ok: the CSRF configurer's strategy (when to renew the CSRF token), not the session id
                .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()));
        return http.build();
    }

    void legacy(HttpSecurity http) throws Exception {
        // ok: same, chained form
        http.csrf().sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy());
    }
}

class WarehouseKeycloakConfig extends KeycloakWebSecurityConfigurerAdapter {

    @Bean
    @Override
    protected SessionAuthenticationStrategy sessionAuthenticationStrategy() {
        // ok: Keycloak's documented choice for a bearer-only service
        return new NullAuthenticatedSessionStrategy();
    }
}
