// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QQueue>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace ballsdex::discord {

/// Posts plain-text notices to a Discord webhook in order, one at a time, without ever blocking
/// the caller: 429s wait for Retry-After, network and 5xx errors back off exponentially, a
/// webhook that no longer exists (4xx) drops the notice with one warning, and a full queue drops
/// the oldest notice. The URL holds a secret token and never appears in logs.
class WebhookClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookClient)

public:
    struct Options
    {
        QString username = QStringLiteral("BallsDex");
        int maxQueued = 100;
        int maxAttempts = 5; ///< per notice, for network and server errors
        std::chrono::milliseconds backoffBase {1000};
        std::chrono::milliseconds backoffMax {60000};
    };

    WebhookClient(QUrl url, Options options, QObject *parent = nullptr);
    ~WebhookClient() override;

    /// Queues a notice (cut to Discord's 2000 characters; mentions never ping).
    void post(const QString &content);
    [[nodiscard]] int pending() const { return int(m_queue.size()) + (m_reply ? 1 : 0); }
    /// "webhook 1234" — how logs name it.
    [[nodiscard]] QString describe() const;

Q_SIGNALS:
    void delivered(const QString &content);
    void dropped(const QString &content, const QString &reason);

private:
    void sendNext();
    void onFinished();
    void retryLater(std::chrono::milliseconds delay);

    QUrl m_url;
    Options m_options;
    QNetworkAccessManager *m_network;
    QQueue<QString> m_queue;
    QString m_current;
    int m_attempt = 0;
    QNetworkReply *m_reply = nullptr;
    QTimer m_retry;
};

} // namespace ballsdex::discord
