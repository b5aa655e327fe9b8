package com.acme.payroll.downloads;

import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signed, single-use links to payslip PDFs. */
public class PayslipDownloadTokens {

    // expect: the shared MAC secret is a constant in the source
    private static final String DOWNLOAD_SECRET = "payslip-download-links-mac-secret-2024-09";

    private final JWSSigner signer;
    private final JWSVerifier verifier;
    private final JWSVerifier archiveVerifier;

    public PayslipDownloadTokens() throws JOSEException {
        this.signer = new MACSigner(DOWNLOAD_SECRET);
        this.verifier = new MACVerifier(DOWNLOAD_SECRET);
        // expect: the archive service uses a base64 secret decoded in place
        this.archiveVerifier = new MACVerifier(Base64.getDecoder().decode("YXJjaGl2ZS1zZXJ2aWNlLXNoYXJlZC1tYWMtc2VjcmV0LTIwMjM="));
    }

    public String sign(String employeeId, String payslipId) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(employeeId)
                .claim("payslip", payslipId)
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    public boolean isValid(String token) throws ParseException, JOSEException {
        SignedJWT jwt = SignedJWT.parse(token);
        return jwt.verify(verifier) || jwt.verify(archiveVerifier);
    }
}
