#include "exportdialog.h"

#include "appearance.h"
#include "themecolors.h"

#include "rules/readiness.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace rc::ui {

namespace {

const char LastDirectoryKey[] = "export/lastDirectory";
const char LastFormatKey[] = "export/format";

core::DashboardRelease dashboardRelease(const core::ReleaseEntry &entry, const QDir &linkBase,
                                       const std::optional<core::ReleaseCalendar> &calendar, const QDateTime &at)
{
    core::DashboardRelease release;
    release.manifest = *entry.manifest;
    release.readiness = calendar ? core::checkReadiness(release.manifest, *calendar, at) : core::checkReadiness(release.manifest);
    release.manifestLink = linkBase.relativeFilePath(entry.path);
    return release;
}

// Runs on the thread pool: everything it touches is its own copy.
QString exportJob(const core::WorkspaceScan &scan, const QString &currentPath, bool all, core::ExportFormat format,
                  const QString &path, const QDateTime &generatedAt, const std::optional<core::ReleaseCalendar> &calendar)
{
    const QDir linkBase(QFileInfo(path).absolutePath());
    const core::DashboardOptions options{generatedAt};
    QByteArray document;
    if (all) {
        QStringList problems;
        for (const core::ReleaseEntry &entry : scan.releases) {
            if (entry.manifest)
                continue;
            for (const core::Diagnostic &d : entry.errors)
                problems << d.toString();
            if (entry.errors.empty())
                problems << entry.relativePath;
        }
        if (!problems.isEmpty())
            return ExportDialog::tr("These manifests have errors; fix them and export again:\n%1").arg(problems.join(QLatin1Char('\n')));
        std::vector<core::DashboardRelease> releases;
        for (const core::ReleaseEntry &entry : scan.releases)
            releases.push_back(dashboardRelease(entry, linkBase, calendar, generatedAt));
        document = core::DashboardExport::index(releases, format, options);
    } else {
        const auto found = std::find_if(scan.releases.begin(), scan.releases.end(),
                                        [&](const core::ReleaseEntry &e) { return e.path == currentPath; });
        if (found == scan.releases.end())
            return ExportDialog::tr("The open release is no longer in the clone; reload and export again.");
        if (!found->manifest) {
            QStringList problems;
            for (const core::Diagnostic &d : found->errors)
                problems << d.toString();
            return ExportDialog::tr("%1 has errors; fix them and export again:\n%2").arg(found->relativePath, problems.join(QLatin1Char('\n')));
        }
        document = core::DashboardExport::release(dashboardRelease(*found, linkBase, calendar, generatedAt), format, options);
    }
    const core::Expected<core::Done> written = core::writeExportFile(path, document);
    return written ? QString() : written.error().toString();
}

} // namespace

ExportDialog::ExportDialog(const core::WorkspaceScan &scan, const QString &currentReleasePath, QWidget *parent)
    : QDialog(parent)
    , m_scan(scan)
    , m_currentPath(currentReleasePath)
{
    setWindowTitle(tr("Export Dashboard"));
    setObjectName(QStringLiteral("exportDialog"));

    QString currentId;
    for (const core::ReleaseEntry &entry : m_scan.releases)
        if (entry.path == m_currentPath && entry.manifest)
            currentId = entry.manifest->release.id;

    m_current = new QRadioButton(currentId.isEmpty() ? tr("&Current release") : tr("&Current release (%1)").arg(currentId), this);
    m_current->setObjectName(QStringLiteral("exportCurrent"));
    m_all = new QRadioButton(tr("&All releases (an index, newest first)"), this);
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_current->setEnabled(!currentId.isEmpty());
    (currentId.isEmpty() ? m_all : m_current)->setChecked(true);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("HTML page (self-contained, fit for GitHub Pages)"), int(core::ExportFormat::Html));
    m_format->addItem(tr("Markdown (GitHub-flavoured)"), int(core::ExportFormat::Markdown));
    m_format->setAccessibleName(tr("Format"));
    const QSettings settings;
    if (const auto saved = core::exportFormatFromString(settings.value(QLatin1String(LastFormatKey)).toString()))
        m_format->setCurrentIndex(m_format->findData(int(*saved)));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File"));
    m_path->setClearButtonEnabled(true);
    QString directory = settings.value(QLatin1String(LastDirectoryKey)).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = m_scan.root.isEmpty() ? QDir::homePath() : m_scan.root;
    m_path->setText(QDir::toNativeSeparators(QDir(directory).filePath(defaultFileName())));
    auto *browse = new QToolButton(this);
    browse->setText(tr("&Browse\u2026"));
    browse->setAccessibleName(tr("Choose the file"));
    connect(browse, &QToolButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Tinted for the palette in use, and again when it changes.
    auto styleError = [this] {
        m_error->setStyleSheet(models::ThemeColors::bannerStyleSheet(models::Tone::Bad, QGuiApplication::palette()));
    };
    styleError();
    Appearance::onPaletteChange(this, styleError);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *form = new QFormLayout;
    auto *what = new QVBoxLayout;
    what->addWidget(m_current);
    what->addWidget(m_all);
    form->addRow(tr("Export:"), what);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&File:"), pathRow);
    qobject_cast<QLabel *>(form->labelForField(m_format))->setBuddy(m_format);
    qobject_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(m_path);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_current, &QRadioButton::toggled, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        m_busy = false;
        updateButtons();
        if (!error.isEmpty()) {
            showError(error);
            return;
        }
        QSettings settings;
        settings.setValue(QLatin1String(LastDirectoryKey), QFileInfo(m_writing).absolutePath());
        settings.setValue(QLatin1String(LastFormatKey), core::exportFormatName(format()));
        emit exported(m_writing);
        QDialog::accept();
    });
    updateButtons();
    resize(560, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    // The job owns copies of everything it reads; waiting keeps the watcher's result from
    // arriving at a dialog that is gone.
    m_watcher.waitForFinished();
}

QString ExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

core::ExportFormat ExportDialog::format() const
{
    return core::ExportFormat(m_format->currentData().toInt());
}

QString ExportDialog::defaultFileName() const
{
    const QString suffix = core::exportFileSuffix(format());
    if (m_current->isChecked()) {
        for (const core::ReleaseEntry &entry : m_scan.releases)
            if (entry.path == m_currentPath && entry.manifest)
                return QStringLiteral("%1-dashboard.%2").arg(entry.manifest->release.id, suffix);
    }
    return QStringLiteral("release-dashboard.") + suffix;
}

void ExportDialog::formatChanged()
{
    // The name follows the choices until the user types one of their own elsewhere: only the
    // file name part is replaced, the folder stays.
    const QFileInfo info(QDir::fromNativeSeparators(m_path->text()));
    const QString directory = m_path->text().isEmpty() ? m_scan.root : info.path();
    m_path->setText(QDir::toNativeSeparators(QDir(directory).filePath(defaultFileName())));
}

void ExportDialog::browse()
{
    const QString filter = format() == core::ExportFormat::Html ? tr("HTML pages (*.html *.htm)") : tr("Markdown files (*.md)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Dashboard"), QDir::fromNativeSeparators(m_path->text()), filter);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::updateButtons()
{
    const bool busy = m_busy;
    if (QPushButton *button = findChild<QPushButton *>(QStringLiteral("exportButton")))
        button->setEnabled(!busy && !m_path->text().trimmed().isEmpty());
    m_format->setEnabled(!busy);
    m_path->setEnabled(!busy);
}

void ExportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ExportDialog::accept()
{
    if (m_busy)
        return;
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).isRelative())
        path = QDir(m_scan.root.isEmpty() ? QDir::homePath() : m_scan.root).absoluteFilePath(path);
    showError({});
    m_writing = path;
    m_busy = true;
    const QDateTime generatedAt = m_generatedAt.isValid() ? m_generatedAt : QDateTime::currentDateTimeUtc();
    m_watcher.setFuture(QtConcurrent::run(exportJob, m_scan, m_currentPath, m_all->isChecked(), format(), path, generatedAt,
                                           m_calendar));
    updateButtons();
}

void showExportedInStatusBar(QStatusBar *bar, const QString &path)
{
    if (!bar)
        return;
    const QString name = QStringLiteral("exportedNote");
    delete bar->findChild<QLabel *>(name);
    auto *note = new QLabel(bar);
    note->setObjectName(name);
    note->setTextFormat(Qt::RichText);
    note->setText(ExportDialog::tr("Exported to %1 \u2014 <a href=\"%2\">Open</a>")
                      .arg(QDir::toNativeSeparators(path).toHtmlEscaped(), QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toHtmlEscaped()));
    note->setAccessibleName(ExportDialog::tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    note->setOpenExternalLinks(false);
    note->setFocusPolicy(Qt::TabFocus);
    QObject::connect(note, &QLabel::linkActivated, note, [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    bar->addWidget(note);
    // Long enough to reach for Open; the file stays where it is either way.
    QTimer::singleShot(30000, note, [note = QPointer<QLabel>(note)] {
        if (note)
            note->deleteLater();
    });
}

} // namespace rc::ui
