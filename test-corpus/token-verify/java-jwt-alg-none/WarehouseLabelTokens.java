package com.acme.inventory.labels;

import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

public class WarehouseLabelTokens {

    private final JWSSigner signer;

    public WarehouseLabelTokens(JWSSigner signer) {
        this.signer = signer;
    }

    public String printable(String sku, String bin) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(sku).claim("bin", bin).build();
        // expect: an unsecured JWT printed on the shelf label
        return new PlainJWT(claims).serialize();
    }

    public JWTClaimsSet scan(String label) throws ParseException {
        // expect: reading an unsecured JWT
        return PlainJWT.parse(label).getJWTClaimsSet();
    }

    public String signedLabel(String sku) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(sku).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        // ok: a signed label
        jwt.sign(signer);
        return jwt.serialize();
    }

    public boolean rejectUnsigned(String label) throws ParseException {
        JWT jwt = JWTParser.parse(label);
        // ok: an instanceof check that rejects plain JWTs
        return !(jwt instanceof PlainJWT);
    }
}
