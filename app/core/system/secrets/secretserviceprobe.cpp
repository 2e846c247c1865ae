// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/secrets/secretserviceprobe.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>

namespace ra {

namespace {
const QString Service = QStringLiteral("org.freedesktop.secrets");
constexpr int TimeoutMs = 2000;
}  // namespace

SecretServiceState probeSecretService()
{
    SecretServiceState state;
    // A connection of its own, to the bus named in the environment now (sessionBus() would keep
    // the first one it made for the life of the process).
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    const QString name = QStringLiteral("ra-secret-service-probe");
    QDBusConnection bus = address.isEmpty() ? QDBusConnection::connectToBus(QDBusConnection::SessionBus, name)
                                            : QDBusConnection::connectToBus(address, name);
    struct Disconnect {
        QString name;
        ~Disconnect() { QDBusConnection::disconnectFromBus(name); }
    } disconnect{name};
    if (!bus.isConnected()) {
        state.why = QStringLiteral("no session bus");
        return state;
    }
    // A bus reached by address must be told who we are first.
    if (bus.baseService().isEmpty()) {
        state.why = QStringLiteral("the session bus did not register us");
        return state;
    }
    // isServiceRegistered() does not activate the service: a keyring daemon that is not running
    // has no unlocked collection anyway, and starting it is what leads to the prompt.
    const QDBusReply<bool> registered = bus.interface()->isServiceRegistered(Service);
    if (!registered.isValid() || !registered.value()) {
        state.why = QStringLiteral("no Secret Service running");
        return state;
    }
    state.running = true;
    QDBusMessage readAlias = QDBusMessage::createMethodCall(Service, QStringLiteral("/org/freedesktop/secrets"),
                                                            QStringLiteral("org.freedesktop.Secret.Service"),
                                                            QStringLiteral("ReadAlias"));
    readAlias << QStringLiteral("default");
    readAlias.setAutoStartService(false);
    const QDBusReply<QDBusObjectPath> alias = bus.call(readAlias, QDBus::Block, TimeoutMs);
    if (!alias.isValid() || alias.value().path() == QStringLiteral("/")) {
        state.why = alias.isValid() ? QStringLiteral("no default collection") : alias.error().message();
        return state;
    }
    state.hasDefaultCollection = true;
    QDBusMessage locked = QDBusMessage::createMethodCall(Service, alias.value().path(),
                                                         QStringLiteral("org.freedesktop.DBus.Properties"),
                                                         QStringLiteral("Get"));
    locked << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    locked.setAutoStartService(false);
    const QDBusReply<QDBusVariant> reply = bus.call(locked, QDBus::Block, TimeoutMs);
    if (!reply.isValid()) {
        state.why = reply.error().message();
        return state;
    }
    state.unlocked = !reply.value().variant().toBool();
    if (!state.unlocked)
        state.why = QStringLiteral("default collection locked");
    return state;
}

}  // namespace ra
