package com.acme.expenses.auth;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
public class ExpenseSessionRegistry {

    private final RefreshTokenRepository refreshTokens;
    private final DeviceRepository devices;

    public ExpenseSessionRegistry(RefreshTokenRepository refreshTokens, DeviceRepository devices) {
        this.refreshTokens = refreshTokens;
        this.devices = devices;
    }

    @Transactional
    public void closeOut(String employeeNumber, String deviceId) {
        devices.touch(deviceId);
        forgetDevice(employeeNumber, deviceId);
    }

    void forgetDevice(String employeeNumber, String deviceId) {
        refreshTokens.deleteByEmployeeNumberAndDeviceId(employeeNumber, deviceId);
    }
}
