// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A move-only byte buffer for secrets that wipes its memory when it goes away. It has no
// conversion to QString/QByteArray and no streaming operators, so it cannot reach a log by
// accident; read it only through data()/size() where the secret is handed to a pipe.

#include <cstddef>
#include <string.h>
#include <vector>

namespace ra {

inline void secureWipe(void *data, std::size_t size)
{
    if (data && size)
        explicit_bzero(data, size);
}

class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size) : m_bytes(size, '\0') {}
    SecureBytes(const char *data, std::size_t size) : m_bytes(data, data + size) {}
    ~SecureBytes() { wipe(); }

    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    SecureBytes(SecureBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) { other.m_bytes.clear(); }
    SecureBytes &operator=(SecureBytes &&other) noexcept
    {
        if (this != &other) {
            wipe();
            m_bytes = std::move(other.m_bytes);
            other.m_bytes.clear();
        }
        return *this;
    }

    const char *data() const { return m_bytes.data(); }
    char *data() { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }

    void append(const char *data, std::size_t size)
    {
        // Grow into a fresh buffer and wipe the old one, so no stale copy stays on the heap.
        std::vector<char> grown;
        grown.reserve(m_bytes.size() + size);
        grown.insert(grown.end(), m_bytes.begin(), m_bytes.end());
        grown.insert(grown.end(), data, data + size);
        wipe();
        m_bytes = std::move(grown);
    }

    void wipe()
    {
        secureWipe(m_bytes.data(), m_bytes.size());
        m_bytes.clear();
    }

    bool operator==(const SecureBytes &other) const { return m_bytes == other.m_bytes; }

private:
    std::vector<char> m_bytes;
};

}  // namespace ra
