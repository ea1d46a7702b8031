// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ballsdex::fakediscord {

/// One page the browser opened and where it ended up.
struct BrowserVisit
{
    QUrl url; ///< what open() was given
    int status = 0; ///< the authorize answer (302, 200 for an abandoned consent page, 400…)
    QUrl redirect; ///< its Location, empty when it did not redirect
    int callbackStatus = 0; ///< the redirect target's answer (0 when not reached)
    QByteArray callbackBody;
    QString error; ///< a network error on either hop
};

/// Stands in for the system browser in login tests: open() GETs the authorize URL without
/// following redirects, then GETs the redirect target (the app's loopback listener) once, as a
/// browser would. Connect the app's "open this URL" hook to open().
class FakeBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeBrowser)

public:
    explicit FakeBrowser(QObject *parent = nullptr);

    void open(const QUrl &url);
    [[nodiscard]] const QList<BrowserVisit> &visits() const { return m_visits; }

Q_SIGNALS:
    void visitFinished(const ballsdex::fakediscord::BrowserVisit &visit);

private:
    void onAuthorizeReply(QNetworkReply *reply, qsizetype index);
    void onCallbackReply(QNetworkReply *reply, qsizetype index);
    void complete(qsizetype index);

    QNetworkAccessManager *m_network = nullptr;
    QList<BrowserVisit> m_visits;
};

} // namespace ballsdex::fakediscord
