// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report tree of one run (kpmcore util/report.h): a node per step with what was done, its
// result and the technical details (commands, outputs). It feeds the ticket and the GUI's
// progress view. Details never hold a secret: whoever adds them is responsible for that.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace ra {

class ReportNode {
    Q_DECLARE_TR_FUNCTIONS(ReportNode)

public:
    enum class State { Running, Ok, Warning, Failed, Skipped };

    explicit ReportNode(QString title = {}) : m_title(std::move(title)), m_started(QDateTime::currentDateTimeUtc()) {}

    ReportNode &addChild(const QString &title);
    void addChildNode(std::shared_ptr<ReportNode> node) { m_children.append(std::move(node)); }
    void finish(State state, const QString &details = {});
    void appendDetails(const QString &text);

    const QString &title() const { return m_title; }
    State state() const { return m_state; }
    const QString &details() const { return m_details; }
    QDateTime started() const { return m_started; }
    QDateTime finished() const { return m_finished; }
    const QList<std::shared_ptr<ReportNode>> &children() const { return m_children; }
    // The worst state of this node and its children.
    State overallState() const;

    static QString stateName(State state);  // translated ("OK", "Failed", …)
    QString toText(int indent = 0) const;
    QJsonObject toJson() const;

private:
    QString m_title;
    State m_state = State::Running;
    QString m_details;
    QDateTime m_started;
    QDateTime m_finished;
    QList<std::shared_ptr<ReportNode>> m_children;
};

using Report = ReportNode;

}  // namespace ra
