package com.acme.billing.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.jsonwebtoken.SignatureAlgorithm;

public class InvoiceWebhookSigner {

    private final byte[] webhookSecret;

    public InvoiceWebhookSigner(SecretStore store) {
        this.webhookSecret = store.bytes("billing/webhook-hmac");
    }

    public String sign(String payload) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        // ok: key bytes from the secret store
        mac.init(new SecretKeySpec(webhookSecret, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }

    public String legacySessionSignature(String sessionId) throws GeneralSecurityException {
        SignatureAlgorithm algorithm = SignatureAlgorithm.HS256;
        Mac mac = Mac.getInstance(algorithm.getJcaName());
        // expect: a base64 key decoded in place for the legacy session signature
        mac.init(new SecretKeySpec(Base64.getDecoder().decode("bGVnYWN5LXNlc3Npb24tc2lnbmluZy1rZXk="), algorithm.getJcaName()));
        return Base64.getUrlEncoder().encodeToString(mac.doFinal(sessionId.getBytes(StandardCharsets.UTF_8)));
    }

    public byte[] encryptExport(byte[] rows, byte[] dataKey) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: not an HMAC key and not a literal
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(dataKey, "AES"));
        return cipher.doFinal(rows);
    }
}
