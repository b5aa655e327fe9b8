package com.acme.leave.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
public class LeaveSecurityConfig {

    @Bean
    SecurityFilterChain leave(HttpSecurity http) throws Exception {
        return http.formLogin(form -> form.loginPage("/login")).build();
    }
}
