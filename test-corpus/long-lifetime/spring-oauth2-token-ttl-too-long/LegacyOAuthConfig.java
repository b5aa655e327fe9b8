package com.acme.payroll.legacy;

import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.config.annotation.configurers.ClientDetailsServiceConfigurer;
import org.springframework.security.oauth2.provider.token.DefaultTokenServices;
import org.springframework.security.oauth2.provider.token.TokenStore;

public class LegacyOAuthConfig {

    @Bean
    DefaultTokenServices tokenServices(TokenStore tokenStore) {
        DefaultTokenServices services = new DefaultTokenServices();
        services.setTokenStore(tokenStore);
        // expect: 0 means the access tokens never expire
        services.setAccessTokenValiditySeconds(0);
        // ok: sixty days
        services.setRefreshTokenValiditySeconds(60 * 24 * 3600);
        return services;
    }

    void configure(ClientDetailsServiceConfigurer clients) throws Exception {
        clients.inMemory()
            .withClient("timesheets")
            .authorizedGrantTypes("password", "refresh_token")
            // expect: twelve hours
            .accessTokenValiditySeconds(12 * 3600)
            // ok: fifteen minutes
            .and().withClient("kiosk").accessTokenValiditySeconds(900);
    }
}
