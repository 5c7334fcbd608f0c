#include "changestab.h"

#include "appearance.h"
#include "commitfilterproxy.h"
#include "releasedocument.h"
#include "statuspresentation.h"
#include "themecolors.h"

#include "git/changes.h"
#include "git/repository.h"
#include "git/tags.h"
#include "rules/repositoryrules.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

#include <map>
#include <set>

namespace rc::ui {

using models::CommitFilterProxy;
using models::CommitModel;

namespace {

// Kind filter entries: the item data says which filter, the type is the item's second datum.
enum KindEntry { AnyEntry, BreakingEntry, TypeEntry, NotConventionalEntry };
constexpr int TypeDataRole = Qt::UserRole + 1;

bool pathIn(const QString &file, const QStringList &prefixes)
{
    for (const QString &prefix : prefixes) {
        if (prefix.endsWith(QLatin1Char('/')) ? file.startsWith(prefix)
                                              : (file == prefix || file.startsWith(prefix + QLatin1Char('/'))))
            return true;
    }
    return false;
}

} // namespace

ChangesTab::Result ChangesTab::computeChanges(const QString &pathInClone)
{
    Result result;
    auto repo = core::Repository::discover(pathInClone);
    if (!repo) {
        result.error = repo.error().toString();
        return result;
    }
    result.clone = repo->workdir();
    auto rules = core::loadRepositoryRules(*repo);
    if (!rules) {
        result.error = rules.error().toString();
        return result;
    }

    // One walk per tag pattern: components that share a pattern share a range. The rules' own
    // pattern always gets a walk over every component, because only that walk can say which
    // commits belong to no component at all.
    const QString topPattern = rules->tagPattern;
    std::map<QString, std::vector<const core::ComponentRule *>> byPattern;
    for (const core::ComponentRule &component : rules->components) {
        const QString pattern = rules->tagPatternFor(component);
        if (pattern != topPattern)
            byPattern[pattern].push_back(&component);
    }
    std::map<QString, QString> sinceFor; // pattern -> tag, empty for the whole history
    auto since = [&](const QString &pattern) -> QString {
        if (auto it = sinceFor.find(pattern); it != sinceFor.end())
            return it->second;
        auto tag = core::lastTag(*repo, QStringLiteral("HEAD"), pattern);
        QString name;
        if (tag) {
            name = *tag;
        } else {
            result.notes << tr("%1; showing the whole history").arg(tag.error().message);
        }
        sinceFor.emplace(pattern, name);
        return name;
    };
    auto paths = [](const std::vector<const core::ComponentRule *> &components) {
        std::vector<core::ComponentPaths> out;
        for (const core::ComponentRule *c : components)
            out.push_back({c->name, c->paths});
        return out;
    };

    std::vector<const core::ComponentRule *> all;
    for (const core::ComponentRule &component : rules->components)
        all.push_back(&component);
    const QString mainSince = since(topPattern);
    auto main = core::changesBetween(*repo, mainSince, QStringLiteral("HEAD"), paths(all));
    if (!main) {
        result.error = main.error().toString();
        return result;
    }
    result.head = main->until;
    std::map<QString, core::ComponentChanges> changes;
    for (core::ComponentChanges &c : main->components)
        changes[c.name] = std::move(c);
    std::map<QString, QString> componentSince;
    for (const core::ComponentRule *c : all)
        componentSince[c->name] = mainSince;
    for (const auto &[pattern, components] : byPattern) {
        const QString from = since(pattern);
        auto own = core::changesBetween(*repo, from, QStringLiteral("HEAD"), paths(components));
        if (!own) {
            result.error = own.error().toString();
            return result;
        }
        for (core::ComponentChanges &c : own->components) {
            componentSince[c.name] = from;
            changes[c.name] = std::move(c);
        }
    }

    for (const core::ComponentRule &rule : rules->components) {
        CommitModel::Group group;
        group.component = rule.name;
        group.paths = rule.paths;
        group.since = componentSince[rule.name];
        group.commits = std::move(changes[rule.name].commits);
        result.groups.push_back(std::move(group));
    }
    if (!main->other.empty()) {
        CommitModel::Group other;
        other.component = QStringLiteral("other");
        other.since = mainSince;
        other.commits = std::move(main->other);
        other.other = true;
        result.groups.push_back(std::move(other));
    }
    return result;
}

ChangesTab::ChangesTab(models::ReleaseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new CommitModel(this))
    , m_proxy(new CommitFilterProxy(this))
{
    setObjectName(QStringLiteral("changesTab"));
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);

    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("changesRange"));
    m_range->setWordWrap(true);
    m_range->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_range);

    auto *tools = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("changesFilter"));
    m_filter->setPlaceholderText(tr("Filter commits by text, sha, author or component\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter commits"));
    m_filter->setAccessibleDescription(tr("Shows only the commits whose subject, sha, author or component "
                                          "contains this text"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("changesKind"));
    m_kind->setAccessibleName(tr("Kind of commit"));
    m_kind->setAccessibleDescription(tr("Shows all commits, only breaking changes, one conventional type or the "
                                        "commits that follow no convention"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("changesBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setToolTip(tr("Reading history\u2026"));
    m_busy->hide();
    m_refresh = new QPushButton(QIcon(QStringLiteral(":/icons/reload.svg")), tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("changesRefresh"));
    m_refresh->setToolTip(tr("Read the clone's history again"));
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_kind);
    tools->addWidget(m_busy);
    tools->addWidget(m_refresh);
    layout->addLayout(tools);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("changesSplitter"));
    m_view = new QTreeView(splitter);
    m_view->setObjectName(QStringLiteral("changesView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CommitModel::SubjectColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Commits per component"));
    m_view->setAccessibleDescription(tr("Each component with the commits since its last release tag; select a "
                                        "commit to read its message and files below"));
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("commitDetails"));
    m_details->setAccessibleName(tr("Commit details"));
    m_details->setAccessibleDescription(tr("The selected commit's full message and the files it changed"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a commit to see its full message and the files it changed."));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    rebuildKindFilter();
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        if (m_proxy->isFiltering())
            m_view->expandAll();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChangesTab::applyKindFilter);
    connect(m_refresh, &QPushButton::clicked, this, &ChangesTab::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChangesTab::onCurrentChanged);
    connect(&m_changesWatcher, &QFutureWatcher<Result>::finished, this, &ChangesTab::onChangesFinished);
    connect(&m_detailsWatcher, &QFutureWatcher<DetailsResult>::finished, this, &ChangesTab::onDetailsFinished);
    connect(m_document, &models::ReleaseDocument::changed, this, &ChangesTab::onDocumentChanged);
    // A committed edit moves HEAD: the range (and "other") gains that commit.
    connect(m_document, &models::ReleaseDocument::committed, this, [this] {
        m_stale = true;
        if (isVisible())
            start();
    });
    connect(m_document, &models::ReleaseDocument::closed, this, &ChangesTab::onDocumentChanged);
    Appearance::onPaletteChange(this, [this] { restyle(); });
    onDocumentChanged();
}

void ChangesTab::restyle()
{
    const QString sheet = m_rangeFailed
        ? models::ThemeColors::textStyleSheet(models::Tone::Bad, QGuiApplication::palette())
        : QString();
    if (m_range->styleSheet() != sheet)
        m_range->setStyleSheet(sheet);
    if (!m_shownSha.isEmpty() && m_shownDetails.sha == m_shownSha && !m_shownDetails.error.isEmpty())
        m_details->setHtml(detailsHtml(m_shownDetails));
}

ChangesTab::~ChangesTab()
{
    // The jobs hold only copies, but their watchers must not outlive the tab mid-flight.
    if (m_changesWatcher.isRunning())
        m_changesWatcher.waitForFinished();
    if (m_detailsWatcher.isRunning())
        m_detailsWatcher.waitForFinished();
}

bool ChangesTab::isBusy() const
{
    // A job counts until its result has been delivered, not only while it computes: a job that
    // finished but whose result is still queued is in flight too.
    return m_changesInFlight || m_detailsInFlight;
}

QString ChangesTab::rangeText() const
{
    return m_range->text();
}

void ChangesTab::onDocumentChanged()
{
    const QString path = m_document->isOpen() ? m_document->path() : QString();
    if (path == m_path && !m_stale)
        return;
    if (path != m_path) {
        // Another release: whatever is shown or on its way belongs to the old one.
        m_path = path;
        m_stale = true;
        m_model->clear();
        m_details->clear();
        m_shownSha.clear();
        m_range->setText(path.isEmpty() ? tr("No release is open.") : tr("Reading history\u2026"));
        m_rangeFailed = false;
        restyle();
    }
    if (isVisible())
        start();
}

void ChangesTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        start();
}

void ChangesTab::refresh()
{
    m_stale = true;
    start();
}

void ChangesTab::start()
{
    if (m_path.isEmpty()) {
        m_stale = false;
        return;
    }
    if (m_changesInFlight) {
        m_rerun = true;
        return;
    }
    m_stale = false;
    m_runningPath = m_path;
    m_changesInFlight = true;
    m_changesWatcher.setFuture(QtConcurrent::run(&ChangesTab::computeChanges, m_path));
    updateBusy();
}

void ChangesTab::onChangesFinished()
{
    m_changesInFlight = false;
    const Result result = m_changesWatcher.future().resultCount() ? m_changesWatcher.result() : Result{};
    const bool current = m_runningPath == m_path;
    if (std::exchange(m_rerun, false) || !current) {
        // Asked again meanwhile, or the release changed: this result is stale.
        m_stale = true;
        start();
        updateBusy();
        return;
    }
    showResult(result);
    updateBusy();
    emit changesLoaded();
}

void ChangesTab::showResult(const Result &result)
{
    const QString selectedSha = m_view->currentIndex().data(CommitModel::ShaRole).toString();
    const QString selectedComponent = m_view->currentIndex().data(CommitModel::ComponentRole).toString();
    if (!result.error.isEmpty()) {
        m_model->clear();
        m_range->setText(tr("<b>The changes cannot be read:</b> %1").arg(result.error.toHtmlEscaped()));
        m_rangeFailed = true;
        restyle();
        return;
    }
    m_rangeFailed = false;
    restyle();
    m_model->setGroups(result.groups);
    rebuildKindFilter();

    std::set<QString> sinces;
    for (const CommitModel::Group &g : result.groups)
        sinces.insert(g.since);
    QString from;
    if (sinces.size() == 1)
        from = sinces.begin()->isEmpty() ? tr("the first commit") : tr("tag <b>%1</b>").arg(sinces.begin()->toHtmlEscaped());
    else
        from = tr("each component's last release tag (hover a component)");
    QString text = tr("Commits on HEAD (%1) since %2, per component: what the next release takes. "
                      "The same for every release of this clone; a deployed release's own changes are on its "
                      "Components tab.")
                       .arg(result.head.left(8), from);
    text += QStringLiteral(" ") + tr("%n commit(s).", nullptr, m_model->commitCount());
    for (const QString &note : result.notes)
        text += QStringLiteral("<br><i>%1</i>").arg(note.toHtmlEscaped());
    m_range->setText(text);

    m_view->expandAll();
    for (int column = CommitModel::TypeColumn; column < CommitModel::ColumnCount; ++column)
        m_view->resizeColumnToContents(column);
    // Keep the selected commit across a refresh.
    const QModelIndex again = m_proxy->mapFromSource(m_model->indexOf(selectedComponent, selectedSha));
    if (again.isValid())
        m_view->setCurrentIndex(again);
}

void ChangesTab::rebuildKindFilter()
{
    const int previousKind = m_kind->count() ? m_kind->currentData().toInt() : AnyEntry;
    const QString previousType = m_kind->count() ? m_kind->currentData(TypeDataRole).toString() : QString();
    QSignalBlocker block(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All commits"), AnyEntry);
    m_kind->addItem(tr("Breaking changes"), BreakingEntry);
    std::set<QString> types;
    bool unconventional = false;
    for (const CommitModel::Group &g : m_model->groups()) {
        for (const core::CommitInfo &c : g.commits) {
            if (c.type.isEmpty())
                unconventional = true;
            else
                types.insert(c.type);
        }
    }
    for (const QString &type : types) {
        m_kind->addItem(type, TypeEntry);
        m_kind->setItemData(m_kind->count() - 1, type, TypeDataRole);
    }
    if (unconventional)
        m_kind->addItem(tr("Not conventional"), NotConventionalEntry);
    int index = 0;
    for (int i = 0; i < m_kind->count(); ++i) {
        if (m_kind->itemData(i).toInt() == previousKind && m_kind->itemData(i, TypeDataRole).toString() == previousType)
            index = i;
    }
    m_kind->setCurrentIndex(index);
    applyKindFilter();
}

void ChangesTab::applyKindFilter()
{
    switch (m_kind->currentData().toInt()) {
    case BreakingEntry:
        m_proxy->setKindFilter(CommitFilterProxy::Kind::Breaking);
        break;
    case TypeEntry:
        m_proxy->setKindFilter(CommitFilterProxy::Kind::Type, m_kind->currentData(TypeDataRole).toString());
        break;
    case NotConventionalEntry:
        m_proxy->setKindFilter(CommitFilterProxy::Kind::NotConventional);
        break;
    default:
        m_proxy->setKindFilter(CommitFilterProxy::Kind::Any);
        break;
    }
    if (m_proxy->isFiltering())
        m_view->expandAll();
}

void ChangesTab::onCurrentChanged(const QModelIndex &current)
{
    const QString sha = current.data(CommitModel::ShaRole).toString();
    const QModelIndex source = m_proxy->mapToSource(current);
    const CommitModel::Group *group = m_model->group(source);
    m_selectedPaths = group ? group->paths : QStringList();
    if (sha.isEmpty()) {
        m_shownSha.clear();
        m_details->clear();
        if (group && !group->other && source.isValid() && !source.parent().isValid())
            m_details->setHtml(tr("<b>%1</b><br>Paths: %2")
                                   .arg(group->component.toHtmlEscaped(), group->paths.join(QStringLiteral(", ")).toHtmlEscaped()));
        return;
    }
    if (sha == m_shownSha || m_detailsInFlight)
        return; // onDetailsFinished() picks up the newest selection
    const QString path = m_path;
    m_detailsInFlight = true;
    m_detailsWatcher.setFuture(QtConcurrent::run([path, sha] {
        DetailsResult result;
        result.sha = sha;
        auto repo = core::Repository::discover(path);
        if (!repo) {
            result.error = repo.error().toString();
            return result;
        }
        auto details = core::commitDetails(*repo, sha);
        if (details)
            result.details = std::move(details).value();
        else
            result.error = details.error().toString();
        return result;
    }));
    updateBusy();
}

void ChangesTab::onDetailsFinished()
{
    m_detailsInFlight = false;
    updateBusy();
    if (m_detailsWatcher.future().resultCount() == 0)
        return;
    const DetailsResult result = m_detailsWatcher.result();
    const QString wanted = m_view->currentIndex().data(CommitModel::ShaRole).toString();
    if (result.sha != wanted) {
        // The selection moved on while this was read.
        if (!wanted.isEmpty())
            onCurrentChanged(m_view->currentIndex());
        return;
    }
    m_shownSha = result.sha;
    m_shownDetails = result;
    m_details->setHtml(detailsHtml(result));
    emit detailsLoaded();
}

QString ChangesTab::detailsHtml(const DetailsResult &result) const
{
    if (!result.error.isEmpty())
        return QStringLiteral("<p style=\"color:%1\">%2</p>")
            .arg(models::ThemeColors::foreground(models::Tone::Bad, QGuiApplication::palette()).name(),
                 tr("<b>The commit cannot be read:</b> %1").arg(result.error.toHtmlEscaped()));
    const core::CommitDetails &d = result.details;
    const QString subject = d.message.section(QLatin1Char('\n'), 0, 0);
    const QString body = d.message.section(QLatin1Char('\n'), 1).trimmed();
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(subject.toHtmlEscaped());
    html += QStringLiteral("<p><code>%1</code><br>%2</p>")
                .arg(d.sha,
                     tr("%1 &lt;%2&gt; \u00b7 %3")
                         .arg(d.author.toHtmlEscaped(), d.authorEmail.toHtmlEscaped(),
                              models::StatusPresentation::shortTime(d.authorDate).toHtmlEscaped()));
    if (!body.isEmpty())
        html += QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>").arg(body.toHtmlEscaped());
    const QString against = d.parents.isEmpty() ? tr("the empty tree (first commit)")
                                                : tr("its first parent %1").arg(d.parents.first().left(8));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("%n file(s) changed, compared with %1", nullptr, int(d.files.size())).arg(against).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const core::ChangedFile &file : d.files) {
        const bool mine = pathIn(file.path, m_selectedPaths) || (!file.oldPath.isEmpty() && pathIn(file.oldPath, m_selectedPaths));
        QString name = file.oldPath.isEmpty() ? file.path.toHtmlEscaped()
                                              : QStringLiteral("%1 \u2192 %2").arg(file.oldPath.toHtmlEscaped(), file.path.toHtmlEscaped());
        if (mine)
            name = QStringLiteral("<b>%1</b>").arg(name);
        html += QStringLiteral("<tr><td><code>%1</code>&nbsp;</td><td>%2</td></tr>").arg(file.statusLetter(), name);
    }
    html += QStringLiteral("</table>");
    if (!m_selectedPaths.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(tr("Files in bold belong to the selected component.").toHtmlEscaped());
    return html;
}

void ChangesTab::updateBusy()
{
    m_busy->setVisible(isBusy());
    m_refresh->setEnabled(!m_changesInFlight);
}

} // namespace rc::ui
