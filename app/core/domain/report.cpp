// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/report.h"

#include <QJsonArray>

namespace ra {

ReportNode &ReportNode::addChild(const QString &title)
{
    m_children.append(std::make_shared<ReportNode>(title));
    return *m_children.last();
}

void ReportNode::finish(State state, const QString &details)
{
    m_state = state;
    if (!details.isEmpty())
        appendDetails(details);
    m_finished = QDateTime::currentDateTimeUtc();
}

void ReportNode::appendDetails(const QString &text)
{
    if (!m_details.isEmpty() && !m_details.endsWith(u'\n'))
        m_details += u'\n';
    m_details += text;
}

ReportNode::State ReportNode::overallState() const
{
    auto rank = [](State s) {
        switch (s) {
        case State::Failed: return 4;
        case State::Running: return 3;
        case State::Warning: return 2;
        case State::Ok: return 1;
        case State::Skipped: return 0;
        }
        return 0;
    };
    // The untitled root is only a container: its own state does not count.
    State worst = m_title.isEmpty() ? State::Skipped : m_state;
    for (const auto &child : m_children) {
        const State s = child->overallState();
        if (rank(s) > rank(worst))
            worst = s;
    }
    return worst;
}

QString ReportNode::stateName(State state)
{
    switch (state) {
    case State::Running: return tr("running");
    case State::Ok: return tr("OK");
    case State::Warning: return tr("warning");
    case State::Failed: return tr("failed");
    case State::Skipped: return tr("skipped");
    }
    return {};
}

QString ReportNode::toText(int indent) const
{
    const QString pad(indent * 2, u' ');
    QString out;
    if (!m_title.isEmpty()) {
        out += pad + QStringLiteral("[%1] %2\n").arg(stateName(m_state), m_title);
        if (!m_details.isEmpty()) {
            const auto lines = m_details.split(u'\n');
            for (const QString &line : lines)
                out += pad + QStringLiteral("    ") + line + u'\n';
        }
    }
    for (const auto &child : m_children)
        out += child->toText(m_title.isEmpty() ? indent : indent + 1);
    return out;
}

QJsonObject ReportNode::toJson() const
{
    static const char *const names[] = {"running", "ok", "warning", "failed", "skipped"};
    QJsonObject o;
    o.insert(QStringLiteral("title"), m_title);
    o.insert(QStringLiteral("state"), QString::fromLatin1(names[int(m_state)]));
    if (!m_details.isEmpty())
        o.insert(QStringLiteral("details"), m_details);
    o.insert(QStringLiteral("started"), m_started.toString(Qt::ISODate));
    if (m_finished.isValid())
        o.insert(QStringLiteral("finished"), m_finished.toString(Qt::ISODate));
    if (!m_children.isEmpty()) {
        QJsonArray children;
        for (const auto &child : m_children)
            children.append(child->toJson());
        o.insert(QStringLiteral("steps"), children);
    }
    return o;
}

}  // namespace ra
