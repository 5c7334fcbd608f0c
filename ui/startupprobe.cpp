#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QTimer>

#include <ctime>

namespace rc::ui {

namespace {

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

class FirstPaint final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // A zero timer runs once the whole window (the children too) has been painted and flushed.
            QTimer::singleShot(0, this, [] {
                const qint64 spawned = qEnvironmentVariable("RC_BENCH_SPAWN_NS").toLongLong();
                const QString file = qEnvironmentVariable("RC_BENCH_SHOWN_FILE");
                if (spawned > 0 && !file.isEmpty()) {
                    QFile out(file);
                    if (out.open(QIODevice::WriteOnly))
                        out.write(QByteArray::number((monotonicNs() - spawned) / 1e6, 'f', 3));
                }
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

void exitWhenShown(QWidget *window)
{
    window->installEventFilter(new FirstPaint(window));
}

} // namespace rc::ui
