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
        // expect: stateless token-only chain: a note
        http.csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain portal(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.loginPage("/signin"));
        http.httpBasic(Customizer.withDefaults());
        // ok: the browser chain is a warning of spring-csrf-disabled, not a note
        http.csrf(csrf -> csrf.disable());
        return http.build();
    }
}

@Configuration
class ExpenseDeviceSecurity {

    @Bean
    public SecurityFilterChain devices(HttpSecurity http, TokenIssuingSuccessHandler tokenIssuer) throws Exception {
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        // OAuth2 login on a stateless chain: the success handler returns a bearer token
        http.oauth2Login(login -> login.successHandler(tokenIssuer));
        // expect: stateless declaration wins, a note to confirm the token is not put in a cookie
        http.csrf(csrf -> csrf.disable());
        return http.build();
    }
}
