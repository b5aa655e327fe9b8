package com.acme.payroll.archive;

import java.nio.charset.StandardCharsets;

/** Not Shiro: an archive cipher with the same setter name. */
public class PayrollArchiveCipher {

    private final ArchiveCipher cipher = new ArchiveCipher();

    public void init(SecretStore store) {
        // ok: no Shiro in this file, and the key comes from the secret store anyway
        cipher.setCipherKey(store.read("payroll/archive-key").getBytes(StandardCharsets.UTF_8));
    }
}
