package com.acme.inventory.stock;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.vavr.control.Option;

import org.junit.jupiter.api.Test;

class StockReconciliationServiceTest {

    private final AuditLog auditLog = org.mockito.Mockito.mock(AuditLog.class);
    private final StockRepository stock = org.mockito.Mockito.mock(StockRepository.class);
    private final StockReconciliationService service = new StockReconciliationService(stock, auditLog);

    @Test
    void doesNotAuditWhenNothingChanged() {
        // ok: a stubbed lookup returning Vavr's Option.none()
        when(stock.findBySku("SKU-1042")).thenReturn(Option.none());
        service.reconcile(Warehouse.empty());
        verify(auditLog, never()).record(any());
    }

    @Test
    void skipsSessionlessBatches() {
        // ok: a test helper named sessionFixation in an unrelated fixture builder
        Batch batch = Batch.builder().sessionFixation("none").build();
        service.reconcile(batch.warehouse());
    }
}
