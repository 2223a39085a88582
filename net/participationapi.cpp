#include "participationapi.h"

#include "deviceseat.h"
#include "jsonbody.h"
#include "participationpage.h"

#include "core/commands/commands.h"
#include "core/document/conferencedocument.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace weitblick {

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr int CookieMaxAgeSeconds = 3 * 24 * 60 * 60; // a conference lasts two or three days

HttpReply jsonReply(int status, const QJsonObject &object)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

HttpReply errorReply(int status, const char *error)
{
    return jsonReply(status, {{QStringLiteral("error"), QLatin1String(error)}});
}

HttpReply retryLater(const char *error, qint64 afterMs)
{
    HttpReply reply = errorReply(429, error);
    const qint64 seconds = std::max<qint64>(1, (afterMs + 999) / 1000);
    reply.headers.emplaceBack("Retry-After", QByteArray::number(seconds));
    return reply;
}

HttpReply methodNotAllowed(const char *allowed)
{
    HttpReply reply = errorReply(405, "method-not-allowed");
    reply.headers.emplaceBack("Allow", allowed);
    return reply;
}

void addSecurityHeaders(HttpReply &reply, bool api)
{
    // No inline script, no eval, nothing from elsewhere, and no framing by another page.
    reply.headers.emplaceBack("Content-Security-Policy",
                          "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                          "form-action 'self'");
    reply.headers.emplaceBack("X-Content-Type-Options", "nosniff");
    reply.headers.emplaceBack("Referrer-Policy", "no-referrer");
    reply.headers.emplaceBack("X-Frame-Options", "DENY");
    reply.headers.emplaceBack("Cache-Control", api ? "no-store" : "no-cache");
}

QByteArray cookieValue(const HttpRequestData &request, QByteArrayView name)
{
    const QList<QByteArray> parts = request.header("cookie").split(';');
    for (const QByteArray &part : parts) {
        const QByteArray pair = part.trimmed();
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && QByteArrayView(pair).first(eq) == name)
            return pair.mid(eq + 1);
    }
    return {};
}

// A session token as makeToken() writes it: 32 lower-case hex digits.
bool isWellFormedToken(const QByteArray &token)
{
    if (token.size() != 32)
        return false;
    return std::all_of(token.cbegin(), token.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

// How a typed access code compares: without spaces or dashes, in capitals.
QString normalizedCode(QString code)
{
    code.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    return code.toUpper();
}

const char *refusalName(DotRules::Refusal refusal)
{
    using R = DotRules::Refusal;
    switch (refusal) {
    case R::None:
        return "";
    case R::NoSuchVote:
    case R::VoteClosed:
        return "vote-closed";
    case R::Budget:
        return "budget";
    case R::Cap:
        return "cap";
    case R::NoMinusDots:
        return "no-minus-dots";
    case R::RoomVotesAsOne:
    case R::NoVoter:
        return "not-a-voter";
    case R::NotOneItem:
    case R::CardsNotVotable:
    case R::ClustersNotVotable:
    case R::Heading:
    case R::NotAnItem:
        return "not-an-item";
    }
    return "refused";
}

// "card:12" or "cluster:3" into the item's ids.
std::optional<std::pair<Id, Id>> parseRef(const QString &ref)
{
    static const QRegularExpression pattern(QStringLiteral("^(card|cluster):([1-9][0-9]{0,14})$"));
    const QRegularExpressionMatch match = pattern.match(ref);
    if (!match.hasMatch())
        return std::nullopt;
    const Id id = match.captured(2).toLongLong();
    return match.captured(1) == QLatin1String("card") ? std::pair<Id, Id>{id, NoId}
                                                      : std::pair<Id, Id>{NoId, id};
}

} // namespace

struct ParticipationApi::Session
{
    const Device *device = nullptr;
};

ParticipationApi::ParticipationApi(ConferenceDocument *document, QObject *parent)
    : QObject(parent),
      m_document(document),
      m_directory(document->conference()),
      m_state(document->conference(), m_directory),
      m_placer(document->conference()),
      m_wrongCodes(WrongCodesPerMinute, Minute),
      m_newDevices(NewDevicesPerMinute, Minute),
      m_requests(RequestBurst, 100),
      m_cards(CardBurst, 1000),
      m_dots(10, 250)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_clock = [clock] { return clock->elapsed(); };
    connect(document, &ConferenceDocument::changesApplied, this,
            &ParticipationApi::documentChanged);
}

ParticipationApi::~ParticipationApi() = default;

void ParticipationApi::setSettings(const RoomSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    if (settings.openPhaseId != NoId)
        m_phasesOpened.insert(settings.openPhaseId);
    m_state.invalidateAll();
}

void ParticipationApi::documentChanged(const ChangeSet &changes)
{
    m_directory.update(changes);
    m_placer.update(changes);
    m_state.invalidate(changes);
}

bool ParticipationApi::isConnected(Id deviceId) const
{
    const auto it = m_lastSeen.constFind(deviceId);
    return it != m_lastSeen.cend() && now() - *it < ConnectedWithinMs;
}

QList<Id> ParticipationApi::connectedDevices() const
{
    QList<Id> devices;
    for (auto it = m_lastSeen.cbegin(); it != m_lastSeen.cend(); ++it) {
        if (now() - it.value() < ConnectedWithinMs)
            devices.append(it.key());
    }
    std::sort(devices.begin(), devices.end());
    return devices;
}

HttpReply ParticipationApi::refusal(int status, const char *error)
{
    HttpReply reply = errorReply(status, error);
    addSecurityHeaders(reply, true);
    return reply;
}

HttpReply ParticipationApi::handle(const HttpRequestData &request)
{
    const qsizetype query = request.target.indexOf('?');
    const QByteArray path = query < 0 ? request.target : request.target.left(query);
    const bool api = path.startsWith("/api/");
    HttpReply reply;
    qsizetype headerBytes = 0;
    for (const auto &[name, value] : request.headers)
        headerBytes += name.size() + value.size() + 4;
    if (!m_document)
        reply = errorReply(503, "closed");
    else if (request.target.size() > MaxTargetBytes)
        reply = errorReply(414, "uri-too-long");
    else if (request.headers.size() > MaxHeaderCount || headerBytes > MaxHeaderBytes)
        reply = errorReply(431, "headers-too-large");
    else if (request.body.size() > MaxBodyBytes)
        reply = errorReply(413, "body-too-large");
    else if (!m_allowedHosts.isEmpty() && !m_allowedHosts.contains(request.header("host")))
        reply = errorReply(421, "wrong-host");
    else if (!m_requests.take(request.peer, now()))
        reply = retryLater("too-many-requests", m_requests.retryAfterMs(request.peer, now()));
    else
        reply = route(request, path);
    addSecurityHeaders(reply, api);
    return reply;
}

void ParticipationApi::handle(const HttpRequestData &request,
                              std::function<void(const HttpReply &)> answer)
{
    if (!m_document || request.method == "GET") {
        answer(handle(request));
        return;
    }
    HttpReply reply;
    {
        const ConferenceDocument::WritesLater later(m_document);
        reply = handle(request);
    }
    m_document->whenWritten(this, [reply, answer = std::move(answer)](bool written) {
        answer(written ? reply : refusal(503, "not-saved"));
    });
}

HttpReply ParticipationApi::route(const HttpRequestData &request, const QByteArray &path)
{
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (!path.startsWith("/api/")) {
        const std::optional<HttpReply> page = ParticipationPage::file(path);
        if (!page)
            return errorReply(404, "not-found");
        return get ? *page : methodNotAllowed("GET");
    }
    const bool join = path == "/api/join";
    const bool state = path == "/api/state";
    const bool cards = path == "/api/cards";
    const bool dots = path == "/api/dots";
    if (!join && !state && !cards && !dots)
        return errorReply(404, "not-found");
    if ((state && !get) || (!state && !post))
        return methodNotAllowed(state ? "GET" : "POST");
    if (post) {
        // Sent by a page of another origin: never act on it (the cookie is SameSite=Strict too).
        const QByteArray origin = request.header("origin");
        if (!origin.isEmpty() && origin != "http://" + request.header("host"))
            return errorReply(403, "cross-origin");
        if (!JsonBody::isJsonContentType(request.header("content-type")))
            return errorReply(415, "json-only");
    }
    if (join)
        return this->join(request);

    HttpReply refusal;
    const std::optional<Session> session = sessionOf(request, &refusal);
    if (!session)
        return refusal;
    if (state)
        return this->state(*session);
    QString error;
    const QStringList fields = cards ? QStringList{QStringLiteral("id"), QStringLiteral("text"),
                                                   QStringLiteral("phase")}
                                     : QStringList{QStringLiteral("ref"), QStringLiteral("delta")};
    const std::optional<QJsonObject> body = JsonBody::parse(request.body, fields, &error);
    if (!body)
        return jsonReply(400, {{QStringLiteral("error"), error}});
    return cards ? postCard(*session, *body) : postDot(*session, *body);
}

std::optional<ParticipationApi::Session> ParticipationApi::sessionOf(const HttpRequestData &request,
                                                                     HttpReply *refusal)
{
    const QByteArray token = cookieValue(request, CookieName);
    const Id id = isWellFormedToken(token) ? m_directory.deviceOfToken(token) : NoId;
    const Device *device = m_document->conference().find<Device>(id);
    if (!device) {
        *refusal = errorReply(401, "no-session");
        return std::nullopt;
    }
    if (device->blocked) {
        *refusal = errorReply(403, "blocked");
        return std::nullopt;
    }
    const bool wasConnected = isConnected(id);
    m_lastSeen.insert(id, now());
    if (!wasConnected)
        emit deviceConnected(id);
    return Session{device};
}

HttpReply ParticipationApi::stateReply(const Device &device, int status)
{
    return jsonReply(status, m_state.json(m_settings, device));
}

HttpReply ParticipationApi::state(const Session &session)
{
    return stateReply(*session.device);
}

HttpReply ParticipationApi::join(const HttpRequestData &request)
{
    const QString &peer = request.peer;
    if (m_wrongCodes.isLimited(peer, now()))
        return retryLater("too-many-wrong-codes", m_wrongCodes.retryAfterMs(peer, now()));
    QString error;
    const QStringList fields{QStringLiteral("code"), QStringLiteral("table"),
                             QStringLiteral("group"), QStringLiteral("participant")};
    const std::optional<QJsonObject> body = JsonBody::parse(request.body, fields, &error);
    if (!body)
        return jsonReply(400, {{QStringLiteral("error"), error}});
    const QJsonValue code = body->value(QStringLiteral("code"));
    if (!code.isString())
        return errorReply(400, "code-missing");
    if (m_settings.code.isEmpty() || normalizedCode(code.toString()) != m_settings.code) {
        m_wrongCodes.record(peer, now());
        return errorReply(403, "wrong-code");
    }

    const Conference &conference = m_document->conference();
    const QByteArray oldToken = cookieValue(request, CookieName);
    const Device *known = conference.find<Device>(
        isWellFormedToken(oldToken) ? m_directory.deviceOfToken(oldToken) : NoId);
    if (known && known->blocked)
        return errorReply(403, "blocked");

    Device device = known ? *known : Device();
    // A device that joined before keeps what it does not name again; null clears a choice.
    const auto seat = [&](const char *field, Id *target, EntityKind kind) -> const char * {
        if (known && !body->contains(QLatin1String(field)))
            return nullptr;
        const std::optional<Id> id = JsonBody::optionalId(*body, QLatin1String(field));
        if (!id)
            return "bad-id";
        if (*id != NoId && !conference.contains(kind, *id))
            return "unknown-choice";
        *target = *id;
        return nullptr;
    };
    for (const char *problem :
         {seat("table", &device.tableId, EntityKind::Table),
          seat("group", &device.groupId, EntityKind::StakeholderGroup),
          seat("participant", &device.participantId, EntityKind::Participant)}) {
        if (problem)
            return errorReply(400, problem);
    }
    // Only the choice the moderator offers: a name only when people pick their own.
    const bool byName = m_settings.joinMode == JoinMode::Participant;
    if (!byName && device.participantId != NoId)
        return errorReply(400, "unknown-choice");
    if (byName && device.participantId != NoId)
        device.tableId = device.groupId = NoId;

    QByteArray token;
    if (!known) {
        if (m_newDevices.isLimited(peer, now()))
            return retryLater("too-many-devices", m_newDevices.retryAfterMs(peer, now()));
        if (conference.all<Device>().size() >= MaxDevices)
            return errorReply(503, "room-full");
        token = DeviceDirectory::makeToken();
        device.tokenHash = DeviceDirectory::hashOf(token);
    }
    if (m_document->isReadOnly())
        return errorReply(503, "read-only");
    const Id id = commands::recordDevice(m_document, device);
    if (id == NoId)
        return errorReply(503, "not-saved");
    if (!known) {
        m_newDevices.record(peer, now());
        emit deviceJoined(id);
    }
    m_lastSeen.insert(id, now());
    HttpReply reply = stateReply(*conference.find<Device>(id));
    if (!token.isEmpty()) {
        reply.headers.emplaceBack("Set-Cookie", QByteArray(CookieName) + '=' + token
                                                + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                                                + QByteArray::number(CookieMaxAgeSeconds));
    }
    return reply;
}

std::optional<HttpReply> ParticipationApi::refuseIfTooFast(const QString &key,
                                                           TokenBuckets &buckets,
                                                           const char *error)
{
    if (buckets.take(key, now()))
        return std::nullopt;
    return retryLater(error, buckets.retryAfterMs(key, now()));
}

HttpReply ParticipationApi::postCard(const Session &session, const QJsonObject &body)
{
    const Device &device = *session.device;
    const Conference &conference = m_document->conference();
    const QJsonValue idValue = body.value(QStringLiteral("id"));
    const QJsonValue textValue = body.value(QStringLiteral("text"));
    const QUuid clientId = JsonBody::clientId(idValue);
    if (clientId.isNull())
        return errorReply(400, "bad-id");
    if (!textValue.isString())
        return errorReply(400, "text-missing");
    const QJsonObject arrived{{QStringLiteral("id"), clientId.toString(QUuid::WithoutBraces)}};

    // Sent before, and the answer got lost: it is stored already.
    if (const Card *stored = conference.find<Card>(m_directory.cardOfClientId(clientId))) {
        if (stored->deviceId != device.id)
            return errorReply(409, "id-taken");
        return jsonReply(200, arrived);
    }
    const std::optional<Id> writtenFor = JsonBody::optionalId(body, QStringLiteral("phase"));
    if (!writtenFor)
        return errorReply(400, "bad-phase");
    const Phase *phase = conference.find<Phase>(m_settings.openPhaseId);
    if (!phase)
        return errorReply(409, "no-open-phase");
    // A card written for a phase that was open (offline, and sent again after the moderator
    // moved on) answers that phase's question: it goes there while the phase exists. Other
    // phases are no device's to fill.
    if (const Phase *written = conference.find<Phase>(*writtenFor);
        written && m_phasesOpened.contains(written->id))
        phase = written;
    if (m_settings.intakePaused)
        return errorReply(409, "paused");
    if (!isSeated(conference, device, m_settings.joinMode))
        return errorReply(409, "not-seated");
    QString text;
    if (const char *problem = JsonBody::cardText(textValue.toString(), &text))
        return errorReply(400, problem);
    if (m_directory.cardCount(device.id, phase->id) >= CardsPerPhase)
        return errorReply(429, "card-limit");
    const QString deviceKey = QString::number(device.id);
    if (std::optional<HttpReply> tooFast = refuseIfTooFast(deviceKey, m_cards, "too-fast"))
        return *tooFast;
    if (m_document->isReadOnly())
        return errorReply(503, "read-only");

    const DeviceSeat seat = seatOf(conference, device);
    Card card;
    card.phaseId = phase->id;
    card.text = text;
    card.tableId = seat.tableId;
    card.groupId = seat.groupId;
    card.deviceId = device.id;
    card.clientId = clientId;
    card.pos = m_placer.place(card);
    const Id id = commands::addCardFromDevice(m_document, card);
    if (id == NoId)
        return errorReply(503, "not-saved");
    emit cardReceived(id);
    return jsonReply(201, arrived);
}

HttpReply ParticipationApi::postDot(const Session &session, const QJsonObject &body)
{
    const Device &device = *session.device;
    const Conference &conference = m_document->conference();
    const std::optional<std::pair<Id, Id>> item =
        parseRef(body.value(QStringLiteral("ref")).toString());
    const QJsonValue deltaValue = body.value(QStringLiteral("delta"));
    const int delta = deltaValue.isDouble() ? deltaValue.toInt() : 0;
    if (!item)
        return errorReply(400, "bad-ref");
    if ((delta != 1 && delta != -1) || deltaValue.toDouble() != delta)
        return errorReply(400, "bad-delta");
    const VoteSession *open = conference.find<VoteSession>(m_settings.voteSessionId);
    if (!open || !open->open)
        return errorReply(409, "vote-closed");
    const VoteSession vote = *open;
    std::optional<DotTarget> voter = voterOf(conference, device, vote);
    if (!voter)
        return errorReply(409, "not-a-voter");
    if (std::optional<HttpReply> tooFast =
            refuseIfTooFast(QString::number(device.id), m_dots, "too-fast"))
        return *tooFast;
    if (m_document->isReadOnly())
        return errorReply(503, "read-only");

    // + takes back a minus dot before it adds a plus dot, and − the other way round: the
    // device sees one count per item, from −cap to +cap.
    DotTarget target = *voter;
    target.cardId = item->first;
    target.clusterId = item->second;
    DotTarget opposite = target;
    target.kind = delta > 0 ? DotKind::Plus : DotKind::Minus;
    opposite.kind = delta > 0 ? DotKind::Minus : DotKind::Plus;
    const DotRules rules(conference);
    bool written = false;
    if (rules.onItem(opposite) > 0) {
        written = commands::removeDots(m_document, opposite);
    } else {
        const DotRules::Refusal refusal = rules.checkAdd(target);
        if (refusal != DotRules::Refusal::None)
            return errorReply(409, refusalName(refusal));
        written = commands::addDots(m_document, target);
    }
    if (!written)
        return errorReply(503, "not-saved");
    emit dotsGiven(device.id);
    const RoomState::Mine mine = m_state.mine(vote, *voter);
    QJsonObject onItem;
    for (auto it = mine.onItem.cbegin(); it != mine.onItem.cend(); ++it)
        onItem.insert(it.key(), it.value());
    return jsonReply(200, {{QStringLiteral("mine"), onItem},
                           {QStringLiteral("left"), mine.left},
                           {QStringLiteral("minusLeft"), mine.minusLeft}});
}

} // namespace weitblick
