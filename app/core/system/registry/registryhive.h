// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A Windows registry hive file opened read-only with libhivex. Hives come from the affected
// disk and are untrusted input: the file size, the path depth, name and data lengths and the
// number of subkeys and values scanned per key are capped, and every libhivex return is checked.
// A lookup has three outcomes: found, absent (an ok Result holding nothing) and corrupt (an
// error), so that a damaged hive never reads as "the key is not there".
// One RegistryHive is used from one thread at a time.

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>

struct hive_h;

namespace ra {

// What the base block (the first 4 KiB) of a hive file says about its state.
struct HiveHeader {
    quint32 primarySequence = 0;
    quint32 secondarySequence = 0;
    quint32 hiveBinsSize = 0;   // bytes of hive bins after the base block
    // Windows marks a hive dirty (the sequence numbers differ) before it writes changes and
    // clears the mark once the primary file holds them; while it is set, changes may still be
    // only in the .LOG1/.LOG2 transaction logs, or the primary file may be half written.
    bool dirty() const { return primarySequence != secondarySequence; }
};

class RegistryHive {
    Q_DECLARE_TR_FUNCTIONS(RegistryHive)

public:
    using Key = std::size_t;  // a libhivex node handle; 0 is never a valid key

    static constexpr qint64 MaxFileSize = 512LL * 1024 * 1024;
    static constexpr qint64 MinFileSize = 0x2000;   // base block + one hive bin
    static constexpr int MaxPathDepth = 32;
    static constexpr int MaxNameLength = 255;        // Windows' own limit for key names
    static constexpr std::size_t MaxDataBytes = 1024 * 1024;
    static constexpr std::size_t MaxEntriesPerKey = 100000;  // subkeys or values scanned

    // Opens the hive read-only (libhivex without HIVEX_OPEN_WRITE) from a private in-memory copy
    // of the file, so later changes to the file do not matter. Errors: NotFound when the file is
    // missing; BadInput when it is a link, not a regular file, empty, too large, truncated
    // (shorter than its base block declares) or not a valid hive; Failed when it cannot be read.
    static Result<RegistryHive> open(const QString &path);
    // Reads and checks the base block only, without opening the hive.
    static Result<HiveHeader> readHeader(const QString &path);

    RegistryHive(RegistryHive &&other) noexcept;
    RegistryHive &operator=(RegistryHive &&other) noexcept;
    RegistryHive(const RegistryHive &) = delete;
    RegistryHive &operator=(const RegistryHive &) = delete;
    ~RegistryHive();

    const QString &path() const { return m_path; }
    const HiveHeader &header() const { return m_header; }
    Key root() const;

    // The key at path ("ControlSet001\\Control\\ComputerName"; '\\' or '/' separate) below
    // `from` (0: the root), each name matched case-insensitively. Ok(std::nullopt) when absent;
    // an error when the hive is corrupt on the way or the path breaks the bounds.
    Result<std::optional<Key>> key(const QString &path, Key from = 0) const;
    // The subkeys of `key` (at most MaxEntriesPerKey) and the name of a key.
    Result<QList<Key>> subkeys(Key key) const;
    Result<QString> name(Key key) const;

    // Value readers. Ok(std::nullopt) when the value is absent or has another type (a value of
    // the wrong type is ignored, never reinterpreted); an error when the hive is corrupt or the
    // data exceeds MaxDataBytes. Names match case-insensitively; an empty name is the default value.
    // REG_SZ or REG_EXPAND_SZ (not expanded), up to the first NUL.
    Result<std::optional<QString>> string(Key key, const QString &name) const;
    // REG_DWORD of exactly 4 bytes (little endian).
    Result<std::optional<quint32>> dword(Key key, const QString &name) const;
    // REG_BINARY, as stored.
    Result<std::optional<QByteArray>> binary(Key key, const QString &name) const;
    // REG_MULTI_SZ, without the empty terminating string.
    Result<std::optional<QStringList>> multiString(Key key, const QString &name) const;

private:
    struct RawValue;
    RegistryHive(hive_h *handle, QString path, HiveHeader header);
    Result<std::optional<Key>> child(Key parent, const QString &name) const;
    Result<std::optional<RawValue>> rawValue(Key key, const QString &name, int wantedType1,
                                             int wantedType2) const;
    Error corrupt(const QString &details) const;

    hive_h *m_handle = nullptr;  // closed in the destructor
    QString m_path;
    HiveHeader m_header;
};

}  // namespace ra
