package com.acme.payroll.authserver;

import java.time.Duration;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

@Configuration
public class PayrollAuthorizationServerConfig {

    @Bean
    RegisteredClientRepository clients(PayrollClientProperties props) {
        RegisteredClient mobile = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("payroll-mobile")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .tokenSettings(TokenSettings.builder()
                        // expect: day-long access tokens
                        .accessTokenTimeToLive(Duration.ofDays(1))
                        // expect: refresh tokens for a year
                        .refreshTokenTimeToLive(Duration.ofDays(365))
                        .build())
                .build();
        RegisteredClient portal = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("payroll-portal")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .tokenSettings(TokenSettings.builder()
                        // ok: ten minutes
                        .accessTokenTimeToLive(Duration.ofMinutes(10))
                        // ok: thirty days
                        .refreshTokenTimeToLive(Duration.ofDays(30))
                        .build())
                .build();
        RegisteredClient reports = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("payroll-reports")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                // ok: from configuration
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(props.getReportsTokenTtl()).build())
                .build();
        return new InMemoryRegisteredClientRepository(mobile, portal, reports);
    }
}
