// SPDX-License-Identifier: GPL-3.0-or-later
// The one fix operation and its guards, on every route that drives it: the wizard's engine
// (RecoverySession step by step, as the bench pages drive it), `fix` (FixOperation) and the batch
// (BatchRun: the CLI's and the several-disks page's). Each guard is a table row run on each
// route: the image file replaced or deleted between the plan and the write, the files changed
// since the plan, a hibernated Windows; and no route opens the volume to write before the plan
// is confirmed. The one key rule (KeyRule) gives the same decision on every route.

#include "recordingbackend.h"
#include "system/secrets/memorysecretstore.h"
#include "system/volumes/practicebackend.h"
#include "testsupport.h"
#include "workflow/batchrun.h"
#include "workflow/fixoperation.h"
#include "workflow/keyrule.h"
#include "workflow/recoverysession.h"
#include "workflow/volumechoice.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using ra::test::RecordingBackend;

namespace {

enum class Route { Wizard, Fix, Batch };
enum class Fault { None, ImageReplaced, ImageDeleted, PlanChanged, Hibernated, NotConfirmed };

const QString kFaulty = QStringLiteral("Windows/System32/drivers/CrowdStrike/C-00000291-00000000-00000032.sys");

RecoverySession::Backends recordingBackends(RecordingBackend::Shared *shared)
{
    RecoverySession::Backends backends;
    backends.push_back(std::make_unique<RecordingBackend>(shared));
    return backends;
}

struct RouteOutcome {
    bool fixed = false;
    ErrorKind kind = ErrorKind::Failed;
    QString message;
};

// One target through one route; confirm: what the person (or configuration) answers.
RouteOutcome runRoute(Route route, RecordingBackend::Shared *shared, const QString &cases, bool confirm = true)
{
    RouteOutcome o;
    switch (route) {
    case Route::Wizard: {
        RecoverySession session(recordingBackends(shared));
        session.setCasesDir(cases);
        if (!session.detect({RecordingBackend::target()}) || !session.selectVolume(0))
            return o;
        if (Status opened = session.open({}); !opened) {
            o.kind = opened.error().kind;
            o.message = opened.error().message;
            return o;
        }
        if (!confirm) {  // the technician leaves the review page without the "Yes"
            session.unmount();
            o.kind = ErrorKind::Cancelled;
            return o;
        }
        if (session.isReadOnly()) {  // the review page offers no repair: nothing to run
            o.kind = ErrorKind::ReadOnly;
            session.close();
            return o;
        }
        QSignalSpy finished(&session, &RecoverySession::remediationFinished);
        session.startRemediation();
        if (!finished.wait(20000))
            return o;
        session.close();
        o.fixed = session.currentCase().outcome == ra::Outcome::Fixed;
        o.kind = session.lastError().kind;
        o.message = session.currentCase().outcomeMessage;
        return o;
    }
    case Route::Fix: {
        RecoverySession session(recordingBackends(shared));
        session.setCasesDir(cases);
        FixRequest request;
        request.target = RecordingBackend::target();
        FixOperation::Hooks hooks;
        hooks.confirm = [confirm](const FixResult &) { return confirm; };
        const FixResult r = FixOperation(session, request, hooks).run();
        o.fixed = r.kind == FixResult::Kind::Fixed;
        o.kind = r.error.kind;
        o.message = r.error.message;
        return o;
    }
    case Route::Batch: {
        // The several-disks page: a plan-only pass, the person confirms, the run.
        BatchOptions options;
        options.casesDir = cases;
        options.planOnly = true;
        BatchRun plan({RecordingBackend::target()}, options, {});
        plan.setBackendFactory([shared] { return recordingBackends(shared); });
        const QList<BatchItem> planned = plan.run();
        if (!confirm) {
            o.kind = ErrorKind::Cancelled;
            return o;
        }
        options.planOnly = false;
        options.confirmedPlans.insert(planned.first().name(), planKeys(planned.first().plan));
        BatchRun run({RecordingBackend::target()}, options, {});
        run.setBackendFactory([shared] { return recordingBackends(shared); });
        const BatchItem item = run.run().first();
        o.fixed = item.result == BatchItem::Result::Fixed;
        o.kind = item.errorKind;
        o.message = item.message;
        return o;
    }
    }
    return o;
}

}  // namespace

class TestFixOperation : public QObject {
    Q_OBJECT

private slots:
    void guardsOnEveryRoute_data();
    void guardsOnEveryRoute();
    void sameKeyDecisionOnEveryRoute_data();
    void sameKeyDecisionOnEveryRoute();
    void cliHintsNeverInTheCoreSentence();
};

void TestFixOperation::guardsOnEveryRoute_data()
{
    QTest::addColumn<int>("route");
    QTest::addColumn<int>("fault");
    const QList<std::pair<Route, const char *>> routes = {{Route::Wizard, "wizard"}, {Route::Fix, "fix"}, {Route::Batch, "batch"}};
    const QList<std::pair<Fault, const char *>> faults = {{Fault::None, "no fault: fixed"},
                                                          {Fault::ImageReplaced, "image replaced between plan and write"},
                                                          {Fault::ImageDeleted, "image deleted between plan and write"},
                                                          {Fault::PlanChanged, "files changed since the plan"},
                                                          {Fault::Hibernated, "hibernated"},
                                                          {Fault::NotConfirmed, "plan not confirmed"}};
    for (const auto &[route, routeName] : routes)
        for (const auto &[fault, faultName] : faults)
            QTest::addRow("%s: %s", routeName, faultName) << int(route) << int(fault);
}

void TestFixOperation::guardsOnEveryRoute()
{
    QFETCH(int, route);
    QFETCH(int, fault);
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("volume"));
    QVERIFY(test::plantFiles(root, test::standardIncidentTree()));
    const QString image = dir.filePath(QStringLiteral("disk.img"));
    {
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("image") == 5);
    }
    RecordingBackend::Shared shared;
    shared.root = root;
    shared.image = image;
    shared.hibernated = Fault(fault) == Fault::Hibernated;
    // The fault lands when the volume is opened to write: after the plan and its confirmation,
    // before the first file is touched.
    shared.onOpen = [&](const OpenOptions &options) {
        if (options.readOnly)
            return;
        switch (Fault(fault)) {
        case Fault::ImageReplaced: {
            QFile::remove(image);
            QFile f(image);
            if (f.open(QIODevice::WriteOnly))
                f.write("another image");
            break;
        }
        case Fault::ImageDeleted: QFile::remove(image); break;
        case Fault::PlanChanged: {
            QFile f(root + u'/' + kFaulty);
            if (f.open(QIODevice::Append))
                f.write("changed since the plan");
            break;
        }
        default: break;
        }
    };
    const QByteArray before = [&] {
        QFile f(root + u'/' + kFaulty);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const bool confirm = Fault(fault) != Fault::NotConfirmed;
    const RouteOutcome o = runRoute(Route(route), &shared, dir.filePath(QStringLiteral("cases")), confirm);

    // Nothing is ever opened to write before the confirmation: every open before the first
    // write-open is read-only, and the first open of all is read-only.
    QVERIFY(!shared.opens.isEmpty());
    QVERIFY2(shared.opens.first().readOnly, "the plan opens the volume read-only");
    const bool faulty = QFile::exists(root + u'/' + kFaulty);
    switch (Fault(fault)) {
    case Fault::None:
        QVERIFY2(o.fixed, qPrintable(o.message));
        QVERIFY(!faulty);
        QCOMPARE(shared.writeOpens(), 1);
        break;
    case Fault::ImageReplaced:
    case Fault::ImageDeleted:
        QVERIFY(!o.fixed);
        QCOMPARE(o.kind, ErrorKind::DeviceGone);
        QVERIFY2(o.message.contains(QStringLiteral("deleted or replaced")), qPrintable(o.message));
        QVERIFY2(faulty, "nothing deleted");
        break;
    case Fault::PlanChanged:
        QVERIFY(!o.fixed);
        QVERIFY2(o.message.contains(QStringLiteral("not the ones you confirmed")), qPrintable(o.message));
        QVERIFY2(faulty, "nothing deleted");
        break;
    case Fault::Hibernated:
        QVERIFY(!o.fixed);
        QCOMPARE(o.kind, ErrorKind::ReadOnly);
        QVERIFY(faulty);
        QCOMPARE(shared.writeOpens(), 0);
        break;
    case Fault::NotConfirmed:
        QVERIFY(!o.fixed);
        QVERIFY(faulty);
        QCOMPARE(shared.writeOpens(), 0);
        {
            QFile f(root + u'/' + kFaulty);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
        }
        break;
    }
}

void TestFixOperation::sameKeyDecisionOnEveryRoute_data()
{
    QTest::addColumn<bool>("inKeychain");
    QTest::addColumn<bool>("byKeyId");
    QTest::addColumn<bool>("byComputer");
    QTest::addColumn<int>("basis");
    QTest::newRow("keychain first") << true << true << true << int(KeyOffer::Basis::Keychain);
    QTest::newRow("by Key ID") << false << true << true << int(KeyOffer::Basis::KeyId);
    QTest::newRow("by computer name") << false << false << true << int(KeyOffer::Basis::ComputerName);
    QTest::newRow("none") << false << false << false << int(KeyOffer::Basis::None);
}

void TestFixOperation::sameKeyDecisionOnEveryRoute()
{
    QFETCH(bool, inKeychain);
    QFETCH(bool, byKeyId);
    QFETCH(bool, byComputer);
    QFETCH(int, basis);
    QTemporaryDir cases;
    auto exports = std::make_shared<KeyExports>();
    QByteArray csv = "Hostname,KeyID,RecoveryKey,Directory\n";
    if (byKeyId)
        csv += "PRACTICE-PC," + PracticeBackend::keyId().toString().toLatin1() + ',' + PracticeBackend::keyText().toLatin1() + ",AD\n";
    if (byComputer)  // the same computer, another (older) Key ID
        csv += "PRACTICE-PC,{11111111-2222-3333-4444-555555555555},"
               "111111-222222-333333-444444-555555-666666-000011-000022,AD\n";
    csv += "OTHER-PC,{99999999-2222-3333-4444-555555555555},111111-222222-333333-444444-555555-666666-000011-000022,AD\n";
    QVERIFY(exports->importData(csv, QStringLiteral("keys.csv")).ok());

    // The wizard's engine: the keychain holds the key of a volume opened before a reboot.
    RecoverySession wizard;
    wizard.setCasesDir(cases.path());
    wizard.setSecretStore(std::make_unique<MemorySecretStore>());
    wizard.shareKeyExports(exports);
    QVERIFY(wizard.detect({RecoverySession::practiceTarget()}));
    QVERIFY(wizard.selectVolume(0));
    if (inKeychain) {
        auto key = RecoveryKey::parse(PracticeBackend::keyText());
        QVERIFY(key);
        OpenOptions readOnly;
        readOnly.readOnly = false;
        QVERIFY(wizard.open(UnlockMaterial::recoveryPassword(std::move(key.value())), readOnly));
        QVERIFY(wizard.unmount());
        QVERIFY(wizard.selectVolume(0));
    }
    const KeyOffer offer = wizard.keyOffer();
    QCOMPARE(int(offer.basis), basis);
    // The rule itself, outside any session.
    const VolumeInfo *v = wizard.selectedVolume();
    QCOMPARE(int(KeyRule::offer(wizard.savedKeyMaterial(), *exports, wizard.keyIds(), v->bitlocker->computerName()).basis), basis);
    if (inKeychain)
        return;  // the keychain is the bench's (the CLI and the batch have none)

    // fix and the batch take the same key: the one the offer names first, or none.
    const QString expected = offer.empty() ? QString() : offer.keys.first().source.describe(uiLanguage());
    RecoverySession single;
    single.setCasesDir(cases.path());
    single.shareKeyExports(exports);
    FixRequest request;
    request.target = RecoverySession::practiceTarget();
    request.planOnly = true;
    const FixResult fixed = FixOperation(single, request).run();
    QCOMPARE(fixed.keySource, expected);
    QCOMPARE(fixed.kind == FixResult::Kind::NoKey, offer.empty());

    BatchOptions options;
    options.casesDir = cases.path();
    options.planOnly = true;
    BatchRun batch({RecoverySession::practiceTarget()}, options, exports);
    const BatchItem item = batch.run().first();
    QCOMPARE(item.keySource, expected);
    QCOMPARE(item.result == BatchItem::Result::NoKey, offer.empty());
}

void TestFixOperation::cliHintsNeverInTheCoreSentence()
{
    // The core's sentences are for every route: no CLI option in them (the CLI adds its hint).
    for (const QString &reason : {QStringLiteral("hibernated"), QStringLiteral("fast-startup"), QStringLiteral("read-only")})
        QVERIFY(!FixOperation::readOnlySentence(reason).contains(QStringLiteral("--")));
    QList<VolumeInfo> two;
    for (int n : {3, 5}) {
        VolumeInfo v;
        v.kind = VolumeKind::BitLocker;
        v.partitionNumber = n;
        v.target = QStringLiteral("/dev/sdz");
        two.append(v);
    }
    const auto chosen = VolumeChoice::choose(two);
    QVERIFY(!chosen);
    QVERIFY(chosen.error().message.contains(QStringLiteral("partition 3 (BitLocker), partition 5 (BitLocker)")));
    QVERIFY(!chosen.error().message.contains(QStringLiteral("--")));
    QCOMPARE(VolumeChoice::everyCandidate(two), (QList<int>{0, 1}));
    QVERIFY(VolumeChoice::onePerTarget(two).isEmpty());
}

QTEST_GUILESS_MAIN(TestFixOperation)
#include "tst_fixoperation.moc"
