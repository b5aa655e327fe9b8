package com.acme.inventory.config;

import javax.crypto.SecretKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.OctetSequenceKey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class WarehouseJwkConfig {

    @Value("${warehouse.jwt.secret}")
    private String warehouseSecret;

    @Bean
    public MACSigner warehouseSigner() throws JOSEException {
        // ok: injected from configuration, no default
        return new MACSigner(warehouseSecret);
    }

    @Bean
    public MACVerifier dockVerifier(SecretKey dockKey) throws JOSEException {
        // ok: a SecretKey bean provided by the key-management module
        return new MACVerifier(dockKey);
    }

    @Bean
    public OctetSequenceKey forkliftJwk() {
        // expect: a JWK built from a literal with a fallback-free environment read next to it is still a literal
        return new OctetSequenceKey.Builder("forklift-telemetry-hmac-key-000000000000".getBytes()).keyID("forklift-1").build();
    }

    @Bean
    public OctetSequenceKey pickingJwk() {
        // ok: the environment variable has no fallback
        return new OctetSequenceKey.Builder(System.getenv("PICKING_JWK_SECRET").getBytes()).keyID("picking-1").build();
    }
}

class YardGateTokens {

    private final MACVerifier gateVerifier;

    YardGateTokens(SecretStore store) throws JOSEException {
        // ok: `store.bytes(..)` reads from a secret store; only Python's `bytes(..)` converts a string
        this.gateVerifier = new MACVerifier(store.bytes("yard/gate-jwt"));
    }
}
