package com.acme.finance.expenses.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** Two chains in one file: a bearer-token API and the browser portal. */
@Configuration
public class ExpensePortalSecurity {

    @Bean
    @Order(1)
    public SecurityFilterChain receiptsApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/receipts/**");
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()));
        // ok: this chain is stateless and token-only (a note from the sibling rule)
        http.csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain portal(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.loginPage("/signin"));
        http.httpBasic(Customizer.withDefaults());
        // expect: the browser chain of the same file keeps a session
        http.csrf(csrf -> csrf.disable());
        return http.build();
    }
}

@Configuration
class ExpenseSsoSecurity {

    @Bean
    public SecurityFilterChain sso(HttpSecurity http) throws Exception {
        http.oauth2Login(Customizer.withDefaults());
        http.oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()));
        // expect: a resource server next to an OAuth2 login still has the login's session cookie
        http.csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    public SecurityFilterChain openReports(HttpSecurity http) throws Exception {
        http.securityMatcher("/public-reports/**").authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        // ok: an unauthenticated chain: no credential to forge a request with
        http.csrf(csrf -> csrf.disable());
        return http.build();
    }
}
