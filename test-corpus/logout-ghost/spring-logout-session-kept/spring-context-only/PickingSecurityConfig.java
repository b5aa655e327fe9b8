package com.acme.picking.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class PickingSecurityConfig {

    @Bean
    SecurityFilterChain picking(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.loginPage("/login"))
            .logout(logout -> logout
                // ok: this project keeps no identity of its own in the session; Spring Security saves the emptied context
                .invalidateHttpSession(false)
                .deleteCookies("JSESSIONID"));
        return http.build();
    }

    void rememberCart(javax.servlet.http.HttpSession session, PickList pickList) {
        // a pick list survives logout on purpose (not an identity)
        session.setAttribute("pickList", pickList);
    }
}
