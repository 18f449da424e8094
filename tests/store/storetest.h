#pragma once

// Helpers shared by the store tests (header-only: each test is its own executable).

#include <store/database.h>
#include <store/device.h>
#include <store/devicerepository.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFuture>
#include <QTest>

namespace storetest {

// Waits on the test thread — the one place the store may be waited for.
template <typename T>
T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline store::DeviceInform inform(const QString &serial, qint64 when = 1000,
                                  const QStringList &events = {QStringLiteral("2 PERIODIC")})
{
    store::DeviceInform i;
    i.oui = QStringLiteral("00d09e");
    i.productClass = QStringLiteral("IGD");
    i.serialNumber = serial;
    i.manufacturer = QStringLiteral("Acme");
    i.softwareVersion = QStringLiteral("1.0");
    i.hardwareVersion = QStringLiteral("A");
    i.ipAddress = QStringLiteral("192.0.2.1");
    i.connectionRequestUrl = QStringLiteral("http://192.0.2.1:7547/cr");
    i.cwmpVersion = QStringLiteral("1.2");
    i.events = events;
    i.informMs = when;
    return i;
}

// Opens (creating) a workspace database and registers one device; returns its id.
inline QString openWithDevice(store::Database &db, const QString &dir,
                              const QString &serial = QStringLiteral("SN1"))
{
    const auto opened = await(db.open(dir));
    if (!opened)
        qWarning("open failed: %s", qPrintable(opened.error().message));
    store::DeviceRepository devices(db);
    const auto up = await(devices.upsertOnInform(inform(serial)));
    return up ? up.value().device.id : QString();
}

} // namespace storetest
