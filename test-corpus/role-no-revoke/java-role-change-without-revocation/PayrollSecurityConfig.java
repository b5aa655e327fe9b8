package com.acme.payroll.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class PayrollSecurityConfig {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    SecurityFilterChain payroll(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/payroll/admin/**").hasRole("PAYROLL_ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login"))
            .sessionManagement(session -> session.maximumSessions(3).sessionRegistry(sessionRegistry()));
        return http.build();
    }
}
