// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one result type across the core API (Calamares JobResult, qBittorrent expected<T,E>):
// a short translated sentence for the user, technical details for the report, and a kind
// that the CLI maps to its exit code. No exception leaves the core.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ra {

enum class ErrorKind {
    Failed,        // anything not listed below
    BadInput,      // usage error, malformed key, malformed file
    KeyRejected,   // the key does not open this volume
    Unsupported,   // volume kind or layout we cannot open; unreadable volume
    ReadOnly,      // the volume is mounted read-only (hibernated / Fast Startup NTFS)
    NeedsAdmin,    // the operation needs administrator rights
    DiskFull,      // no space left where we write (quarantine, case folder)
    DeviceGone,    // the device vanished while we worked
    ToolMissing,   // an external tool is not installed
    NotFound,      // a file, device or record is not there
    Busy,          // another session holds the device
    Cancelled,     // the user cancelled
    NoWindows,     // no Windows installation on the target: nothing was inspected
    NotFiled,      // the case was closed and written to its folder, but the case store refused it
};

struct Error {
    ErrorKind kind = ErrorKind::Failed;
    QString message;  // one sentence in the user's language; never contains a secret
    QString details;  // technical details for the report; never contains a secret
};

template <typename T = void>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {}  // NOLINT: implicit by design
    Result(Error error) : m_value(std::move(error)) {}  // NOLINT

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_value); }
    T &value() & { return std::get<0>(m_value); }
    T &&value() && { return std::get<0>(std::move(m_value)); }
    const T *operator->() const { return &std::get<0>(m_value); }
    T *operator->() { return &std::get<0>(m_value); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<1>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template <>
class Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}  // NOLINT

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorKind kind, QString message, QString details = {})
{
    return Error{kind, std::move(message), std::move(details)};
}

}  // namespace ra
