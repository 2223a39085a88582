// The participation server's request handler on any request: one input is a request written as
// on the wire ("METHOD TARGET", header lines, an empty line, the body). Every request gets an
// answer with a status, the security headers and, from the API, a JSON body; whatever the
// requests write leaves a consistent conference in step with its file.
#include "fuzzsupport.h"

#include "core/document/conferencedocument.h"
#include "core/model/references.h"
#include "core/sample/sampleconference.h"
#include "net/participationapi.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace weitblick;

namespace {

// One conference for the whole run, with a device joined at table 3, phase 3 open for cards
// and the sample's vote open to devices. Requests without a Cookie header use its session.
struct Room
{
    Room()
    {
        fuzz::ensureApplication();
        Conference conference = makeSampleConference();
        VoteSession vote = *conference.all<VoteSession>().begin();
        vote.open = true;
        conference.all<VoteSession>().put(vote);
        QString error;
        document = ConferenceDocument::create(folder.filePath(QStringLiteral("fuzz.weitblick")),
                                              conference, &error);
        fuzz::require(document != nullptr, "the conference cannot be created");
        api = std::make_unique<ParticipationApi>(document.get());
        api->setClock([this] { return now; });
        RoomSettings settings;
        settings.code = QStringLiteral("K7QM2X");
        settings.openPhaseId = 3;
        settings.voteSessionId = vote.id;
        api->setSettings(settings);
        HttpRequestData join;
        join.method = "POST";
        join.target = "/api/join";
        join.peer = QStringLiteral("10.0.0.1");
        join.headers = {{"Content-Type", "application/json"}};
        join.body = R"({"code": "K7QM2X", "table": 3})";
        const QByteArray cookie = api->handle(join).header("set-cookie");
        session = cookie.left(cookie.indexOf(';'));
        fuzz::require(!session.isEmpty(), "the device cannot join");
    }

    QTemporaryDir folder;
    std::unique_ptr<ConferenceDocument> document;
    std::unique_ptr<ParticipationApi> api;
    QByteArray session;
    qint64 now = 0;
    int runs = 0;
};

HttpRequestData requestOf(const QByteArray &bytes)
{
    HttpRequestData request;
    const qsizetype headEnd = bytes.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? bytes : bytes.left(headEnd);
    request.body = headEnd < 0 ? QByteArray() : bytes.mid(headEnd + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> start = lines.value(0).split(' ');
    request.method = start.value(0);
    request.target = start.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.emplaceBack(lines.at(i).left(colon),
                                        lines.at(i).mid(colon + 1).trimmed());
    }
    // The peer is one of a few addresses, so that the rate limits come into play.
    request.peer = QStringLiteral("10.0.0.%1").arg(bytes.size() % 4);
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Room room;
    room.now += 250; // a quarter second between requests: the limits refill, but not at once
    HttpRequestData request = requestOf(fuzz::bytesOf(data, size));
    if (request.header("cookie").isEmpty())
        request.headers.emplaceBack("Cookie", room.session);

    const HttpReply reply = room.api->handle(request);
    fuzz::require(reply.status >= 200 && reply.status < 600, "a status out of range");
    fuzz::require(reply.header("content-security-policy").startsWith("default-src 'self'"),
                  "no Content-Security-Policy");
    fuzz::require(reply.header("x-content-type-options") == "nosniff", "no nosniff");
    fuzz::require(reply.header("referrer-policy") == "no-referrer", "no Referrer-Policy");
    if (request.target.startsWith("/api/")) {
        fuzz::require(reply.header("cache-control") == "no-store", "an API reply may be stored");
        fuzz::require(QJsonDocument::fromJson(reply.body).isObject(), "an API reply not in JSON");
    }
    // Now and then the whole conference: consistent, and what the file holds.
    if (++room.runs % 500 == 0) {
        fuzz::require(findProblems(room.document->conference()).isEmpty(),
                      "the conference is inconsistent");
        OpenOutcome outcome;
        auto reread = ConferenceDocument::open(room.document->filePath(),
                                               ConferenceStore::Access::ReadOnly, &outcome);
        fuzz::require(reread && reread->conference() == room.document->conference(),
                      "the file and the model differ");
    }
    return 0;
}
