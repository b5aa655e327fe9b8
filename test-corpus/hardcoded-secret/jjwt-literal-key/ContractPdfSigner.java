package com.acme.hr.contracts;

import java.nio.charset.StandardCharsets;

/** In-house PDF stamping: `signWith` here is the document API, not jjwt. */
public class ContractPdfSigner {

    private final PdfStamper stamper;

    public ContractPdfSigner(PdfStamper stamper) {
        this.stamper = stamper;
    }

    public byte[] stamp(byte[] contract) {
        // ok: no jjwt in this file; the string is a visible stamp label, not a key
        return stamper.load(contract).signWith("HR Department - Acme Corp".getBytes(StandardCharsets.UTF_8)).render();
    }
}
