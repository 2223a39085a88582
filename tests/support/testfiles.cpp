#include "testfiles.h"

#include "core/model/newconference.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>

namespace weitblick::test {

OwnSettings::OwnSettings(const QString &name) : m_application(QCoreApplication::applicationName())
{
    QCoreApplication::setApplicationName(name);
    QSettings().clear();
}

OwnSettings::~OwnSettings()
{
    QSettings().clear();
    QCoreApplication::setApplicationName(m_application);
}

static QString tempRoot()
{
    return QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/weitblick-XXXXXX")
                                                     : QDir::tempPath() + QStringLiteral("/weitblick-XXXXXX");
}

TempDir::TempDir() : m_dir(tempRoot())
{
}

QString TempDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

Conference awkwardConference()
{
    Conference c = newConference();
    const QString awkward = QString::fromUtf8("Grüße aus Gießen 🙂 \"quoted\" 'single'; DROP TABLE card; -- <b>x</b> &amp; \\ %1 %%");
    ConferenceInfo info = c.info();
    info.title = awkward;
    info.area = QString::fromUtf8("Lindenau-Süd");
    info.areaKind = AreaKind::District;
    info.place = QString::fromUtf8("Bürgerhaus");
    info.startDate = QDate(2026, 3, 14);
    info.endDate = QDate(2026, 3, 15);
    info.moderators = QString::fromUtf8("Jörg Maßmann, Ana Ćirić");
    info.notes = QStringLiteral("line one\nline two\ttab");
    c.all<ConferenceInfo>().put(info);

    c.all<Table>().put({1, 1, QString::fromUtf8("Tisch 1 – Fenster")});
    c.all<Participant>().put({1, QString::fromUtf8("Ümit Öztürk"), QStringLiteral("<i>Verein</i>"), 2, 1, true});
    c.all<Participant>().put({2, QStringLiteral("Anna"), QString(), NoId, NoId, false});
    c.all<SubProject>().put({1, QString::fromUtf8("Belebte Plätze"), QStringLiteral("A. Leiter"), QStringLiteral("B, C")});

    Cluster cluster{1, 1, QString::fromUtf8("Straße & Plätze"), QPointF(10.5, -20.25), QColor(10, 20, 30)};
    c.all<Cluster>().put(cluster);
    Card card;
    card.id = 1;
    card.phaseId = 1;
    card.clusterId = 1;
    card.groupId = 3;
    card.tableId = 1;
    card.text = QString(Card::MaxTextLength - 2, QChar(u'ä')) + QString::fromUtf8("🙂");
    card.form = CardForm::Oval;
    card.color = QColor(255, 0, 0, 128);
    card.pos = QPointF(1e6, -0.125);
    card.year = 1989;
    card.lane = TimelineLane::World;
    c.all<Card>().put(card);
    // A blocked device that joined as a participant, and a card it sent that was hidden.
    c.all<Device>().put({1, QString(Device::TokenHashLength, QLatin1Char('a')), 1, 2, 1, true});
    Card plain;
    plain.id = 2;
    plain.phaseId = 2;
    plain.text = awkward;
    plain.deviceId = 1;
    plain.clientId = QUuid(QStringLiteral("6f1d3c1e-9b7a-4c52-8f0e-2a8d5b7c9e01"));
    plain.hidden = true;
    c.all<Card>().put(plain);

    c.all<VoteSession>().put({1, 1, QStringLiteral("Runde 1"), 7, 3, VoterUnit::Participant, true, true, true, true});
    c.all<VoteSession>().put({2, 2, QString(), 3, 0, VoterUnit::Room, true, false, false, false});
    c.all<Dot>().put({1, 1, 1, NoId, 1, 2, DotKind::Minus});
    c.all<Dot>().put({2, 1, NoId, 1, 2, 1, DotKind::Plus});
    c.all<Dot>().put({3, 2, 2, NoId, NoId, 2, DotKind::Plus, 1}); // a device's room dots

    Measure measure;
    measure.id = 1;
    measure.title = awkward;
    measure.description = QStringLiteral("Beschreibung\nmit Zeilen");
    measure.sourceClusterId = 1;
    measure.sourceCardId = 1;
    measure.subProjectId = 1;
    measure.owner = QString::fromUtf8("Stadtverwaltung – Amt für Straßen");
    measure.team = QStringLiteral("X, Y");
    measure.startDate = QDate(2026, 4, 1);
    measure.deadline = QDate(2027, 12, 31);
    measure.status = MeasureStatus::InProgress;
    measure.progress = 40;
    measure.communication = QStringLiteral("Monatlich an den Steuerkreis");
    c.all<Measure>().put(measure);
    c.all<Criterion>().put({1, 1, QStringLiteral("Leerstand"), QStringLiteral("%"), 12.5, 5.0, 9.75, QDate(2027, 6, 30)});
    c.all<Criterion>().put({2, 1, QStringLiteral("Besucher"), QString(), std::nullopt, 1e9, std::nullopt, QDate()});

    Phase phase = *c.find<Phase>(1);
    phase.state = PhaseState::Running;
    phase.timerElapsedMs = 123456;
    phase.timerStartedAtMs = 1767225600000;
    phase.timerExtraMinutes = 5;
    c.all<Phase>().put(phase);
    Phase byTopic = *c.find<Phase>(3);
    byTopic.wallLayout = WallLayout::ByTopic;
    byTopic.wallTopics = {QString::fromUtf8("Straße & Plätze 🙂"), QStringLiteral("<b>Grün</b>"),
                          QStringLiteral("'; DROP TABLE phase; --")};
    c.all<Phase>().put(byTopic);
    return c;
}

} // namespace weitblick::test
