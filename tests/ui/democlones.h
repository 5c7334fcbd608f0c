#pragma once

// Fresh demo clones for widget tests that edit them: the first is made by createDemoWorkspace,
// the rest are byte-for-byte copies of it (work tree and .git), which takes milliseconds instead
// of the second it takes to write the demo's history again.

#include "demo/demoworkspace.h"

#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace rc::test {

class DemoClones
{
public:
    /// Clones go into `root`, which must exist and outlive this object.
    explicit DemoClones(const QString &root) : m_root(root) {}

    /// A new clone no other call returns; empty after a warning when it cannot be made.
    QString make()
    {
        const QString directory = QDir(m_root).filePath(QStringLiteral("clone-%1").arg(++m_count));
        if (m_template.isEmpty()) {
            const core::Expected<QString> created = core::createDemoWorkspace(QDir(m_root).filePath(QStringLiteral("template")));
            if (!created) {
                qWarning() << created.error().toString();
                return {};
            }
            m_template = *created;
        }
        if (!copyTree(m_template, directory)) {
            qWarning() << "cannot copy" << m_template << "to" << directory;
            return {};
        }
        return directory;
    }

private:
    static bool copyTree(const QString &from, const QString &to)
    {
        const QDir source(from);
        if (!QDir().mkpath(to))
            return false;
        QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString target = QDir(to).filePath(source.relativeFilePath(path));
            const QFileInfo info = it.fileInfo();
            if (info.isDir() && !info.isSymLink()) {
                if (!QDir().mkpath(target))
                    return false;
            } else if (!QFile::copy(path, target)) {
                return false;
            }
        }
        return true;
    }

    QString m_root;
    QString m_template;
    int m_count = 0;
};

} // namespace rc::test
