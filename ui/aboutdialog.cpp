#include "aboutdialog.h"

#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTreeWidget>

#include <git2/common.h>

// The build passes these from CMake (ui/CMakeLists.txt); the fallbacks only keep other builds going.
#ifndef RC_VERSION
#define RC_VERSION "unknown"
#endif
#ifndef RC_YAML_CPP_VERSION
#define RC_YAML_CPP_VERSION "unknown"
#endif
#ifndef RC_QTKEYCHAIN_VERSION
#define RC_QTKEYCHAIN_VERSION ""
#endif
#ifndef RC_HIGHLIGHTER
#define RC_HIGHLIGHTER "unknown"
#endif

namespace rc::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Release Console"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/release-console.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Release Console icon"));
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    title->setText(tr("<h2>Release Console %1</h2><p>Release trains, sign-offs, approvals, readiness and deployment "
                      "for a git clone.</p>")
                       .arg(QStringLiteral(RC_VERSION).toHtmlEscaped()));
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);
    layout->addLayout(header);

    auto *factsLabel = new QLabel(tr("&Versions:"), this);
    m_facts = new QTreeWidget(this);
    m_facts->setObjectName(QStringLiteral("aboutFacts"));
    m_facts->setColumnCount(2);
    m_facts->setHeaderLabels({tr("Component"), tr("Version")});
    m_facts->setRootIsDecorated(false);
    m_facts->setAlternatingRowColors(true);
    m_facts->setAccessibleName(tr("Versions"));
    m_facts->setAccessibleDescription(tr("The console's version and the versions of the libraries it uses"));
    factsLabel->setBuddy(m_facts);
    for (const Fact &fact : facts())
        new QTreeWidgetItem(m_facts, {fact.name, fact.value});
    m_facts->resizeColumnToContents(0);
    m_facts->header()->setStretchLastSection(true);
    layout->addWidget(factsLabel);
    layout->addWidget(m_facts, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyVersions"));
    m_copy->setToolTip(tr("Copy these versions as text, for a bug report"));
    m_copy->setAutoDefault(false);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setDefault(true);
    connect(m_copy, &QPushButton::clicked, this, &AboutDialog::copyFacts);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    close->setFocus();
    resize(520, 400);
}

QList<AboutDialog::Fact> AboutDialog::facts()
{
    int major = 0;
    int minor = 0;
    int revision = 0;
    const QString libgit2 = git_libgit2_version(&major, &minor, &revision) == 0
        ? QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision)
        : tr("unknown");
    const QString keychain = QStringLiteral(RC_QTKEYCHAIN_VERSION);

    QList<Fact> list;
    list << Fact{tr("Release Console"), QStringLiteral(RC_VERSION)};
    list << Fact{tr("Qt (built with)"), QStringLiteral(QT_VERSION_STR)};
    list << Fact{tr("Qt (running)"), QString::fromLatin1(qVersion())};
    list << Fact{tr("libgit2"), libgit2};
    list << Fact{tr("yaml-cpp"), QStringLiteral(RC_YAML_CPP_VERSION)};
    list << Fact{tr("QtKeychain"), keychain.isEmpty() ? tr("unknown") : keychain};
    list << Fact{tr("YAML highlighting"), QStringLiteral(RC_HIGHLIGHTER)};
    list << Fact{tr("Platform"), QStringLiteral("%1 (%2, %3)")
                                     .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                                          QGuiApplication::platformName())};
    return list;
}

QString AboutDialog::factsText()
{
    QStringList lines;
    for (const Fact &fact : facts())
        lines << fact.name + QStringLiteral(": ") + fact.value;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AboutDialog::copyFacts()
{
    QGuiApplication::clipboard()->setText(factsText());
    m_copy->setText(tr("&Copied"));
}

} // namespace rc::ui
