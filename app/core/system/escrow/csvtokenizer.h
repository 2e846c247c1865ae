// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CSV tokenizer of the key-export readers (internal to system/escrow): rows and fields as
// RFC 4180 has them, and the delimiter guessed from the header line.

#include "system/escrow/exportfields.h"

#include <vector>

namespace ra::escrowimport {

// CSV rows (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). Rows without
// a quote are split in place; quoted rows are unescaped into a scratch buffer.
class CsvRows {
public:
    CsvRows(const char *begin, const char *end, char delimiter, int firstLine = 1)
        : m_pos(begin), m_end(end), m_delimiter(delimiter), m_line(firstLine) {}
    ~CsvRows()
    {
        m_scratch.resize(m_scratch.capacity());
        secureWipe(m_scratch.data(), m_scratch.size());
    }

    // The next row; false at the end. line is where the row starts (1-based).
    bool next(std::vector<Bytes> &fields, int &line, bool &unterminatedQuote)
    {
        if (m_pos >= m_end)
            return false;
        line = m_line;
        unterminatedQuote = false;
        fields.clear();
        // One pass over the row for line end, quote and delimiters (16 bytes at a time where
        // SSE2 is there). A quote anywhere sends the row to the RFC 4180 path.
        const char *p = m_pos;
        const char *fieldStart = p;
#ifdef __SSE2__
        const __m128i newline = _mm_set1_epi8('\n');
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i delimiter = _mm_set1_epi8(m_delimiter);
        for (; p + 16 <= m_end; p += 16) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const unsigned stops = unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, newline),
                                                                           _mm_cmpeq_epi8(chunk, quote))));
            unsigned delimiters = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, delimiter)));
            if (stops)
                delimiters &= (1u << __builtin_ctz(stops)) - 1;
            for (; delimiters; delimiters &= delimiters - 1) {
                const char *d = p + __builtin_ctz(delimiters);
                fields.emplace_back(fieldStart, std::size_t(d - fieldStart));
                fieldStart = d + 1;
            }
            if (stops) {
                p += __builtin_ctz(stops);
                break;
            }
        }
#endif
        for (; p < m_end && *p != '\n' && *p != '"'; ++p) {
            if (*p == m_delimiter) {
                fields.emplace_back(fieldStart, std::size_t(p - fieldStart));
                fieldStart = p + 1;
            }
        }
        if (p < m_end && *p == '"')
            return nextQuoted(fields, unterminatedQuote);
        const char *e = p;
        if (e > fieldStart && e[-1] == '\r')
            --e;
        fields.emplace_back(fieldStart, std::size_t(e - fieldStart));
        m_pos = p < m_end ? p + 1 : m_end;
        ++m_line;
        return true;
    }

private:
    bool nextQuoted(std::vector<Bytes> &fields, bool &unterminatedQuote)
    {
        fields.clear();
        m_scratch.clear();
        m_spans.clear();
        std::size_t fieldStart = 0;
        bool inQuotes = false;
        const char *p = m_pos;
        bool rowEnded = false;
        while (p < m_end && !rowEnded) {
            const char c = *p;
            if (inQuotes) {
                if (c == '"') {
                    if (p + 1 < m_end && p[1] == '"') {
                        m_scratch.push_back('"');
                        p += 2;
                        continue;
                    }
                    inQuotes = false;
                } else {
                    if (c == '\n')
                        ++m_line;
                    m_scratch.push_back(c);
                }
                ++p;
                continue;
            }
            if (c == '"') {
                inQuotes = true;
            } else if (c == m_delimiter) {
                m_spans.emplace_back(fieldStart, m_scratch.size() - fieldStart);
                fieldStart = m_scratch.size();
            } else if (c == '\n') {
                ++m_line;
                rowEnded = true;
            } else if (!(c == '\r' && (p + 1 == m_end || p[1] == '\n'))) {
                m_scratch.push_back(c);
            }
            ++p;
        }
        if (!rowEnded && !inQuotes)
            ++m_line;
        unterminatedQuote = inQuotes;
        m_spans.emplace_back(fieldStart, m_scratch.size() - fieldStart);
        for (const auto &[start, size] : m_spans)
            fields.emplace_back(m_scratch.data() + start, size);
        m_pos = p;
        return true;
    }

public:
    const char *position() const { return m_pos; }
    int lineNumber() const { return m_line; }

private:
    const char *m_pos;
    const char *m_end;
    char m_delimiter;
    int m_line;
    std::string m_scratch;
    std::vector<std::pair<std::size_t, std::size_t>> m_spans;
};

inline char detectDelimiter(Bytes headerLine)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    for (char c : headerLine) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes)
            commas += c == ',', semicolons += c == ';', tabs += c == '\t';
    }
    if (tabs > commas && tabs >= semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

}  // namespace ra::escrowimport
