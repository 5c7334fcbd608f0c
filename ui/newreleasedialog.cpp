#include "newreleasedialog.h"

#include "appearance.h"
#include "historymodel.h"
#include "statuspresentation.h"
#include "themecolors.h"
#include "yamlhighlighter.h"

#include "git/repository.h"
#include "manifest/manifestparser.h"
#include "rules/versions.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace rc::ui {

namespace {

enum Column { NameColumn, ChangesColumn, CurrentColumn, SuggestedColumn, NewColumn, SignOffColumn, ColumnCount };

// On a commit's item: it is a breaking change.
constexpr int BreakingRole = Qt::UserRole + 1;

// Breaking commits and new versions that do not parse, marked where they are in colours readable
// on the palette in use; run again when the palette changes.
void markComponents(QTreeWidget *tree)
{
    using models::ThemeColors;
    const QPalette palette = QGuiApplication::palette();
    const QColor breaking = ThemeColors::foreground(models::Tone::Bad, palette);
    const ThemeColors::Scheme wrong = ThemeColors::banner(models::Tone::Bad, palette);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        const QString version = item->text(NewColumn).trimmed();
        const bool bad = !version.isEmpty() && !core::Version::parse(version);
        item->setBackground(NewColumn, bad ? QBrush(wrong.background) : QBrush());
        item->setForeground(NewColumn, bad ? QBrush(wrong.text) : QBrush());
        for (int c = 0; c < item->childCount(); ++c) {
            QTreeWidgetItem *child = item->child(c);
            child->setForeground(NameColumn, child->data(NameColumn, BreakingRole).toBool() ? QBrush(breaking) : QBrush());
        }
    }
}

QString sourceText(const core::CurrentVersion &current)
{
    switch (current.source) {
    case core::CurrentVersion::Source::Manifest:
        return NewReleaseDialog::tr("from deployed release %1").arg(current.origin);
    case core::CurrentVersion::Source::Tag:
        return NewReleaseDialog::tr("from tag %1").arg(current.origin);
    case core::CurrentVersion::Source::None:
        break;
    }
    return NewReleaseDialog::tr("never released");
}

} // namespace

NewReleaseDialog::NewReleaseDialog(const QString &clonePath, const QStringList &takenIds, QWidget *parent)
    : QDialog(parent), m_clonePath(clonePath), m_takenIds(takenIds)
{
    setObjectName(QStringLiteral("newReleaseDialog"));
    setWindowTitle(tr("New Release"));
    resize(1200, 760);

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    auto *form = new QFormLayout;
    m_id = new QLineEdit(left);
    m_id->setObjectName(QStringLiteral("releaseIdEdit"));
    m_id->setPlaceholderText(tr("rel-YYYY-MM-DD-NNN"));
    m_type = new QComboBox(left);
    m_type->setObjectName(QStringLiteral("releaseTypeBox"));
    for (const QString &type : core::releaseTypeNames())
        m_type->addItem(models::HistoryModel::releaseTypeText(type), type);
    m_scheduled = new QDateTimeEdit(left);
    m_scheduled->setObjectName(QStringLiteral("scheduledEdit"));
    m_scheduled->setCalendarPopup(true);
    m_scheduled->setTimeSpec(Qt::UTC);
    m_scheduled->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_scheduled->setToolTip(tr("Manifests store the time in UTC"));
    m_since = new QLineEdit(left);
    m_since->setObjectName(QStringLiteral("sinceEdit"));
    m_since->setPlaceholderText(tr("the last release tag"));
    m_since->setToolTip(tr("A tag or revision; the release takes the commits after it up to HEAD. Press Enter to read "
                           "the history again."));
    m_manager = new QLineEdit(left);
    m_manager->setObjectName(QStringLiteral("managerEdit"));
    m_manager->setPlaceholderText(tr("@handle"));
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Scheduled:"), m_scheduled);
    form->addRow(tr("Changes s&ince:"), m_since);
    form->addRow(tr("Release &manager:"), m_manager);
    leftLayout->addLayout(form);

    m_range = new QLabel(left);
    m_range->setObjectName(QStringLiteral("planRange"));
    m_range->setWordWrap(true);
    leftLayout->addWidget(m_range);

    m_components = new QTreeWidget(left);
    m_components->setObjectName(QStringLiteral("planComponents"));
    m_components->setColumnCount(ColumnCount);
    m_components->setHeaderLabels({tr("Component"), tr("Changes"), tr("Current"), tr("Suggested"), tr("New version"),
                                   tr("Sign-off")});
    m_components->setAlternatingRowColors(true);
    m_components->setUniformRowHeights(true);
    m_components->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                                  | QAbstractItemView::EditKeyPressed);
    m_components->setToolTip(tr("Double-click a new version to change it"));
    m_components->setAccessibleName(tr("Components"));
    m_components->setAccessibleDescription(tr("Each component with its number of changes, current, suggested and new "
                                              "version and sign-off, and its commits below it; F2 edits the new "
                                              "version"));
    leftLayout->addWidget(m_components, 1);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    auto *previewTitle = new QLabel(tr("<b>Manifest preview</b> (written as shown)"), right);
    m_preview = new QPlainTextEdit(right);
    m_preview->setObjectName(QStringLiteral("manifestPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Manifest preview"));
    m_preview->setAccessibleDescription(tr("The release manifest as it will be written and committed"));
    createYamlHighlighter(m_preview->document());
    rightLayout->addWidget(previewTitle);
    rightLayout->addWidget(m_preview, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("planProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Tinted for the palette in use, and again (with the marks in the table) when it changes.
    auto restyle = [this] {
        m_problems->setStyleSheet(models::ThemeColors::bannerStyleSheet(models::Tone::Bad, QGuiApplication::palette()));
        const bool filling = std::exchange(m_filling, true);
        markComponents(m_components);
        m_filling = filling;
    };
    restyle();
    Appearance::onPaletteChange(this, restyle);
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *bottom = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("planBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(140);
    m_busy->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create and Commit"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    bottom->addWidget(m_busy);
    bottom->addStretch();
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &NewReleaseDialog::create);
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_idEdited = true;
        onFieldsEdited();
    });
    connect(m_manager, &QLineEdit::textEdited, this, &NewReleaseDialog::onFieldsEdited);
    connect(m_scheduled, &QDateTimeEdit::dateTimeChanged, this, &NewReleaseDialog::onFieldsEdited);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NewReleaseDialog::replan);
    connect(m_since, &QLineEdit::editingFinished, this, [this] {
        if (!m_plan || m_since->text().trimmed() != m_plan->since)
            replan();
    });
    connect(m_components, &QTreeWidget::itemChanged, this, &NewReleaseDialog::onComponentEdited);
    connect(&m_planWatcher, &QFutureWatcher<PlanResult>::finished, this, &NewReleaseDialog::onPlanned);
    connect(&m_writeWatcher, &QFutureWatcher<WriteResult>::finished, this, &NewReleaseDialog::onWritten);
    // Planned once the event loop runs, so settings made right after construction need no second plan.
    QTimer::singleShot(0, this, [this] {
        if (!m_plan && m_planError.isEmpty() && !isBusy())
            replan();
    });
    updateState();
}

NewReleaseDialog::~NewReleaseDialog()
{
    if (m_planWatcher.isRunning())
        m_planWatcher.waitForFinished();
    if (m_writeWatcher.isRunning())
        m_writeWatcher.waitForFinished();
}

void NewReleaseDialog::setNow(const QDateTime &now)
{
    m_now = now;
    replan();
}

bool NewReleaseDialog::isBusy() const
{
    return m_planWatcher.isRunning() || m_writeWatcher.isRunning();
}

void NewReleaseDialog::replan()
{
    if (m_planWatcher.isRunning()) {
        m_replanQueued = true;
        return;
    }
    core::PlanOptions options;
    options.type = m_type->currentData().toString();
    options.since = m_since->text().trimmed();
    options.now = m_now;
    options.releaseManager = m_manager->text().trimmed();
    options.wholeHistoryWithoutTag = true;
    if (m_idEdited && core::validateReleaseId(m_id->text().trimmed()))
        options.id = m_id->text().trimmed();
    // The schedule follows the type unless the person set one.
    if (m_plan && m_plan->type == options.type)
        options.scheduledAt = m_scheduled->dateTime();
    const QString clone = m_clonePath;
    m_planWatcher.setFuture(QtConcurrent::run([clone, options] {
        PlanResult result;
        auto plan = core::planRelease(clone, options);
        if (plan)
            result.plan = std::move(plan).value();
        else
            result.error = plan.error().toString();
        return result;
    }));
    updateState();
}

void NewReleaseDialog::onPlanned()
{
    if (std::exchange(m_replanQueued, false)) {
        replan();
        return;
    }
    PlanResult result = m_planWatcher.future().resultCount() ? m_planWatcher.result() : PlanResult{};
    m_planError = result.error;
    m_writeError.clear();
    if (result.plan) {
        // Keep what the person typed: versions of components that are still there, the id.
        std::optional<core::ReleasePlan> previous = std::move(m_plan);
        m_plan = std::move(result.plan);
        if (previous) {
            for (core::ComponentPlan &component : m_plan->components) {
                const core::ComponentPlan *old = previous->component(component.name);
                if (old && old->newVersion != old->suggestedVersion && old->current.version == component.current.version)
                    component.newVersion = old->newVersion;
            }
        }
        if (m_idEdited && !m_id->text().trimmed().isEmpty())
            m_plan->id = m_id->text().trimmed();
        m_filling = true;
        m_id->setText(m_plan->id);
        m_scheduled->setDateTime(m_plan->scheduledAt.isValid() ? m_plan->scheduledAt
                                                               : QDateTime(m_plan->createdAt.date(), QTime(10, 0), Qt::UTC));
        if (!m_plan->scheduledAt.isValid())
            m_scheduled->setToolTip(tr("%1 releases have no fixed day: choose when it goes out")
                                        .arg(models::HistoryModel::releaseTypeText(m_plan->type)));
        if (m_since->text().trimmed().isEmpty())
            m_since->setPlaceholderText(m_plan->since.isEmpty() ? tr("the first commit (no tag)")
                                                                : tr("%1 (the last release tag)").arg(m_plan->since));
        if (m_manager->text().trimmed().isEmpty())
            m_manager->setText(m_plan->releaseManager);
        m_filling = false;
        // A schedule the type chose counts as unset until the person changes it.
        if (!m_plan->scheduledAt.isValid())
            m_plan->scheduledAt = m_scheduled->dateTime();
        int commits = 0;
        for (const core::ComponentPlan &c : m_plan->components)
            commits += int(c.commits.size());
        m_range->setText(tr("Commits %1..%2: %3 in components, %4 in no component.")
                             .arg(m_plan->since.isEmpty() ? tr("(whole history)") : m_plan->since, m_plan->until.left(8))
                             .arg(commits)
                             .arg(m_plan->other.size()));
        fillComponents();
    } else {
        m_plan.reset();
        m_components->clear();
        m_preview->clear();
        m_range->clear();
    }
    onFieldsEdited();
    emit planned();
}

void NewReleaseDialog::fillComponents()
{
    m_filling = true;
    m_components->clear();
    for (const core::ComponentPlan &c : m_plan->components) {
        auto *item = new QTreeWidgetItem(m_components);
        item->setText(NameColumn, c.name);
        item->setText(ChangesColumn, c.changed() ? QString::number(c.commits.size()) : tr("none"));
        item->setText(CurrentColumn, c.current.version.isEmpty() ? tr("\u2014") : c.current.version);
        item->setToolTip(CurrentColumn, sourceText(c.current));
        item->setText(SuggestedColumn, c.suggestedVersion);
        const core::Bump bump = core::bumpFor(c.commits);
        item->setToolTip(SuggestedColumn, bump == core::Bump::Major   ? tr("a breaking change: major")
                                          : bump == core::Bump::Minor ? tr("a feature: minor")
                                          : bump == core::Bump::Patch ? tr("fixes and other changes: patch")
                                                                      : tr("no changes"));
        item->setText(NewColumn, c.newVersion);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setIcon(SignOffColumn, models::StatusPresentation::icon(c.signOff));
        item->setText(SignOffColumn, models::StatusPresentation::text(c.signOff));
        QFont bold = item->font(NewColumn);
        bold.setBold(c.changed());
        item->setFont(NewColumn, bold);
        for (const core::CommitInfo &commit : c.commits) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(NameColumn, commit.subject);
            child->setToolTip(NameColumn, QStringLiteral("%1 \u00b7 %2").arg(commit.sha.left(8), commit.author));
            child->setFirstColumnSpanned(true);
            child->setData(NameColumn, BreakingRole, commit.breaking);
        }
    }
    markComponents(m_components);
    m_components->expandAll();
    for (int column = ChangesColumn; column < ColumnCount; ++column)
        m_components->resizeColumnToContents(column);
    m_components->setColumnWidth(NameColumn, qMax(m_components->columnWidth(NameColumn), 180));
    m_filling = false;
}

bool NewReleaseDialog::setNewVersion(const QString &component, const QString &version)
{
    for (int i = 0; i < m_components->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_components->topLevelItem(i);
        if (item->text(NameColumn) == component) {
            item->setText(NewColumn, version); // itemChanged → onComponentEdited
            return true;
        }
    }
    return false;
}

void NewReleaseDialog::onComponentEdited(QTreeWidgetItem *item, int column)
{
    if (m_filling || !m_plan || column != NewColumn || item->parent())
        return;
    if (core::ComponentPlan *c = m_plan->component(item->text(NameColumn)))
        c->newVersion = item->text(NewColumn).trimmed();
    onFieldsEdited();
}

void NewReleaseDialog::onFieldsEdited()
{
    if (m_filling)
        return;
    if (m_plan) {
        m_plan->id = m_id->text().trimmed();
        m_plan->scheduledAt = m_scheduled->dateTime().toUTC();
        QString manager = m_manager->text().trimmed();
        if (!manager.isEmpty() && !manager.startsWith(QLatin1Char('@')))
            manager.prepend(QLatin1Char('@'));
        // The Release Manager approval names the manager, as the plan made it.
        for (core::Approval &approval : m_plan->approvals) {
            if (approval.role == QLatin1String("Release Manager") && approval.user == m_plan->releaseManager)
                approval.user = manager;
        }
        m_plan->releaseManager = manager;
        const int position = m_preview->textCursor().position();
        m_preview->setPlainText(QString::fromUtf8(core::renderManifest(*m_plan)));
        QTextCursor cursor = m_preview->textCursor();
        cursor.setPosition(qMin(position, m_preview->document()->characterCount() - 1));
        m_preview->setTextCursor(cursor);
    }
    m_writeError.clear();
    updateState();
}

QString NewReleaseDialog::problems() const
{
    QStringList out;
    if (!m_writeError.isEmpty())
        out << m_writeError;
    if (!m_planError.isEmpty())
        out << tr("The history cannot be read: %1").arg(m_planError);
    if (!m_plan)
        return out.join(QLatin1Char('\n'));
    const QString id = m_id->text().trimmed();
    if (auto valid = core::validateReleaseId(id); !valid)
        out << tr("Id: %1").arg(valid.error().message);
    else if (m_takenIds.contains(id))
        out << tr("Id: %1 exists already; choose another id (the next free one is suggested when the dialog opens)").arg(id);
    if (m_plan->releaseManager.isEmpty())
        out << tr("Release manager: give a handle such as @john.doe");
    for (const core::ComponentPlan &c : m_plan->components) {
        if (c.newVersion.isEmpty() && c.changed())
            out << tr("%1: give a new version (it has %n change(s))", nullptr, int(c.commits.size())).arg(c.name);
        else if (!c.newVersion.isEmpty() && !core::Version::parse(c.newVersion))
            out << tr("%1: '%2' is not a semantic version; write it as v1.4.0 or 1.4.0").arg(c.name, c.newVersion);
        else if (c.changed() && !c.current.version.isEmpty() && core::Version::parse(c.current.version)
                 && core::Version::parse(c.newVersion) && !(*core::Version::parse(c.current.version) < *core::Version::parse(c.newVersion)))
            out << tr("%1: the new version %2 must be higher than the current %3").arg(c.name, c.newVersion, c.current.version);
    }
    if (!m_plan->hasChanges())
        out << tr("No component has changes since %1: there is nothing to release")
                   .arg(m_plan->since.isEmpty() ? tr("the first commit") : m_plan->since);
    return out.join(QLatin1Char('\n'));
}

void NewReleaseDialog::updateState()
{
    const QString text = problems();
    m_problems->setText(text);
    m_problems->setVisible(!text.isEmpty());
    m_busy->setVisible(isBusy());
    m_create->setEnabled(!isBusy() && m_plan && text.isEmpty());
    // Mark the cells that are wrong where they are.
    if (m_plan) {
        m_filling = true;
        markComponents(m_components);
        m_filling = false;
    }
    for (QWidget *field : std::initializer_list<QWidget *>{m_id, m_type, m_scheduled, m_since, m_manager, m_components})
        field->setEnabled(!m_writeWatcher.isRunning());
}

void NewReleaseDialog::create()
{
    if (!m_plan || isBusy() || !problems().isEmpty())
        return;
    const QString clone = m_clonePath;
    const QString id = m_plan->id;
    const QByteArray text = core::renderManifest(*m_plan);
    const QString message = core::createCommitMessage(id, m_plan->type);
    m_writeWatcher.setFuture(QtConcurrent::run([clone, id, text, message] {
        WriteResult result;
        auto repo = core::Repository::discover(clone);
        if (!repo) {
            result.error = repo.error().toString();
            return result;
        }
        auto written = core::writeRelease(*repo, id, text, message);
        if (written)
            result.created = *written;
        else
            result.error = written.error().toString();
        return result;
    }));
    updateState();
}

void NewReleaseDialog::onWritten()
{
    const WriteResult result = m_writeWatcher.future().resultCount() ? m_writeWatcher.result() : WriteResult{};
    if (!result.error.isEmpty() || result.created.relativePath.isEmpty()) {
        m_writeError = tr("Nothing was written: %1").arg(result.error.isEmpty() ? tr("the write did not finish") : result.error);
        updateState();
        emit createFailed(m_writeError);
        return;
    }
    m_createdId = m_plan->id;
    m_createdPath = result.created.relativePath;
    updateState();
    accept();
}

} // namespace rc::ui
