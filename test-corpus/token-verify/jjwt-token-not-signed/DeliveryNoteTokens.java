package com.acme.logistics.delivery;

import java.security.Key;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.SignatureAlgorithm;

public class DeliveryNoteTokens {

    private final Key driverKey;
    private final boolean signPartnerTokens;

    public DeliveryNoteTokens(Key driverKey, boolean signPartnerTokens) {
        this.driverKey = driverKey;
        this.signPartnerTokens = signPartnerTokens;
    }

    public String forDriver(String driverId, String route) {
        // ok: signed with the driver key
        return Jwts.builder()
                .setSubject(driverId)
                .claim("route", route)
                .setExpiration(Date.from(Instant.now().plusSeconds(12 * 3600)))
                .signWith(driverKey, SignatureAlgorithm.HS256)
                .compact();
    }

    public String forReceivingDock(String dockId, Map<String, Object> manifest) {
        // expect: no signWith anywhere in the chain: an alg=none token
        return Jwts.builder()
                .setSubject(dockId)
                .addClaims(manifest)
                .setIssuedAt(new Date())
                .compact();
    }

    public String forPartner(String partnerId) {
        JwtBuilder builder = Jwts.builder().setSubject(partnerId);
        if (signPartnerTokens) {
            builder.signWith(driverKey);
        }
        // ok: a builder kept in a variable, signed conditionally above
        return builder.compact();
    }

    public String customsDeclaration(String shipmentId) {
        // expect: one-liner without a signature
        return Jwts.builder().setSubject(shipmentId).claim("type", "customs").compact();
    }
}
