// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The encrypted key bundle (.rakeys): the valid keys of one or more escrow exports in one file
// sealed with a passphrase, so a helpdesk carries no plaintext CSV of every key.
//
// libsodium: Argon2id (crypto_pwhash) stretches the passphrase into the key, XChaCha20-Poly1305
// (crypto_secretstream) seals the contents in 64 KiB chunks. A wrong passphrase, a modified or a
// truncated file are refused alike. Only the format magic and the Argon2id parameters and salt
// are in the clear: no key, host, Key ID or file name. Decrypted contents live only in
// sodium_malloc'd (locked, guarded, wiped) memory until the EscrowIndex has taken the keys into
// its own wiped records.
//
// Layout: "RAKEYS\x00\x01" | u64 opslimit | u64 memlimit | salt[16] | secretstream header[24] |
// chunks (u32 length + ciphertext). Plain text: a CSV of every key (Host,KeyID,RecoveryKey,
// Directory,VolumeType,Date) in chunks, then one JSON chunk (sources, counts, time made) tagged
// final. The clear header is the first chunk's additional data.

#include "domain/result.h"
#include "domain/escrowentry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstddef>

namespace ra {

class EscrowIndex;

// Bytes in sodium_malloc'd memory: locked (best effort), guard pages, wiped when freed.
class LockedBuffer {
public:
    LockedBuffer() = default;
    explicit LockedBuffer(std::size_t size);
    ~LockedBuffer();
    LockedBuffer(LockedBuffer &&other) noexcept;
    LockedBuffer &operator=(LockedBuffer &&other) noexcept;
    LockedBuffer(const LockedBuffer &) = delete;
    LockedBuffer &operator=(const LockedBuffer &) = delete;

    bool isValid() const { return m_data != nullptr; }
    char *data() { return m_data; }
    const char *data() const { return m_data; }
    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const { return m_size; }
    void resize(std::size_t size) { m_size = size <= m_capacity ? size : m_capacity; }
    bool append(const char *bytes, std::size_t count);

private:
    char *m_data = nullptr;
    std::size_t m_capacity = 0;
    std::size_t m_size = 0;
};

struct KeyBundleParams {
    quint64 opsLimit = 0;
    quint64 memLimit = 0;  // bytes
    // Chosen so one unlock takes about a second on a 2-core helpdesk laptop (README, bench_bundle).
    static KeyBundleParams standard();
    // Libsodium's minimum: for tests only.
    static KeyBundleParams fastest();
};

struct KeyBundleSource {
    QString file;    // the export's file name (no folder)
    QString format;  // EscrowIndex::formatId
    int rows = 0;
    int keys = 0;
};

struct KeyBundleInfo {
    QDateTime created;  // UTC
    QList<KeyBundleSource> sources;
    int keys = 0;
    KeyBundleParams params;
};

class KeyBundle {
    Q_DECLARE_TR_FUNCTIONS(KeyBundle)

public:
    static constexpr char Suffix[] = ".rakeys";
    // The file starts with the bundle magic.
    static bool isBundle(const QString &path);
    // Seals every key of index into path (written whole or not at all, mode 0600).
    static Result<KeyBundleInfo> write(const QString &path, const EscrowIndex &index,
                                       const QList<EscrowImportSummary> &sources, const LockedBuffer &passphrase,
                                       KeyBundleParams params = KeyBundleParams::standard());
    // Opens path and adds its keys to into. BadInput with one sentence for a wrong passphrase or a
    // modified file; into is unchanged then.
    static Result<KeyBundleInfo> open(const QString &path, const LockedBuffer &passphrase, EscrowIndex &into);
};

}  // namespace ra
