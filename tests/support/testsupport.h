// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared test helpers. Test data comes from RA_TESTDATA_DIR (../shared/testdata); it is read in
// place, never copied into the repository.

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace ra::test {

// The shared test data folder, or an empty string when it is absent.
QString testDataDir();
// images.conf as section -> key -> value.
QMap<QString, QMap<QString, QString>> bitlockerImagesConf();

// The header of a healthy channel file.
QByteArray channelHeader();

struct PlantedFile {
    QString relativePath;      // e.g. "Windows/System32/drivers/CrowdStrike/C-00000291-00000000-00000032.sys"
    QByteArray content;
    QDateTime lastWriteUtc;
};
// Writes the files under root (creating folders) and sets their last-write times.
bool plantFiles(const QString &root, const QList<PlantedFile> &files);
// A Windows tree with one faulty, one good and one unknown channel 291 file, plus an unrelated
// channel file that must never be touched.
QList<PlantedFile> standardIncidentTree(const QString &windowsFolderName = QStringLiteral("Windows"));
// count faulty channel files of 64 KiB each (written 04:09 UTC): a repair long enough that a
// Stop lands between two files.
QList<PlantedFile> manyFaultyChannelFiles(int count);

// Whether a skip is allowed: with RA_REQUIRE_E2E=1 (CI) a test that would skip must fail.
bool requireE2E();

}  // namespace ra::test

namespace ra::test {

// A tmpfs mounted for one test (root only): tiny ones for "disk full", read-only ones for
// "read-only volume". Unmounted when it goes out of scope.
class TmpfsMount {
public:
    TmpfsMount() = default;
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;
    static bool canMount();  // running as root
    bool mount(const QString &path, const QString &options);
    bool remountReadOnly();
    QString error() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

}  // namespace ra::test
