#include "versions.h"

#include "git/repository.h"
#include "rules/repositoryrules.h"
#include "workspace/workspace.h"

#include <git2.h>

#include <fnmatch.h>

namespace rc::core {

namespace {

// Semver numeric identifiers: digits, no leading zero (except "0" itself), and small enough for int.
std::optional<int> numericPart(QStringView text)
{
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    if (text.size() > 1 && text.front() == QLatin1Char('0'))
        return std::nullopt;
    return text.toInt();
}

bool isIdentifierChar(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('-');
}

bool isAllDigits(const QString &text)
{
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !text.isEmpty();
}

// Pre-release and build identifiers: non-empty, [0-9A-Za-z-]; numeric pre-release ones without
// leading zeros.
bool validIdentifiers(const QStringList &parts, bool numericRule)
{
    for (const QString &part : parts) {
        if (part.isEmpty())
            return false;
        for (QChar c : part)
            if (!isIdentifierChar(c))
                return false;
        if (numericRule && isAllDigits(part) && part.size() > 1 && part.front() == QLatin1Char('0'))
            return false;
    }
    return true;
}

std::strong_ordering compareIdentifier(const QString &a, const QString &b)
{
    const bool aNum = isAllDigits(a);
    const bool bNum = isAllDigits(b);
    if (aNum && bNum) {
        if (a.size() != b.size())
            return a.size() <=> b.size();
        const int c = a.compare(b);
        return c <=> 0;
    }
    if (aNum != bNum)
        return aNum ? std::strong_ordering::less : std::strong_ordering::greater;
    // ASCII order, as semver says ("lexically in ASCII sort order").
    const int c = QString::compare(a, b, Qt::CaseSensitive);
    return c <=> 0;
}

} // namespace

std::optional<Version> Version::parse(const QString &text)
{
    QString rest = text;
    Version v;
    if (rest.startsWith(QLatin1Char('v'))) {
        v.vPrefix = true;
        rest.remove(0, 1);
    }
    const qsizetype plus = rest.indexOf(QLatin1Char('+'));
    if (plus >= 0) {
        v.build = rest.mid(plus + 1);
        if (!validIdentifiers(v.build.split(QLatin1Char('.')), false))
            return std::nullopt;
        rest.truncate(plus);
    }
    const qsizetype dash = rest.indexOf(QLatin1Char('-'));
    if (dash >= 0) {
        v.preRelease = rest.mid(dash + 1).split(QLatin1Char('.'));
        if (!validIdentifiers(v.preRelease, true))
            return std::nullopt;
        rest.truncate(dash);
    }
    const QStringList core = rest.split(QLatin1Char('.'));
    if (core.size() != 3)
        return std::nullopt;
    const auto major = numericPart(core.at(0));
    const auto minor = numericPart(core.at(1));
    const auto patch = numericPart(core.at(2));
    if (!major || !minor || !patch)
        return std::nullopt;
    v.major = *major;
    v.minor = *minor;
    v.patch = *patch;
    return v;
}

QString Version::toString() const
{
    QString text = QStringLiteral("%1%2.%3.%4").arg(vPrefix ? QStringLiteral("v") : QString()).arg(major).arg(minor).arg(patch);
    if (!preRelease.isEmpty())
        text += QLatin1Char('-') + preRelease.join(QLatin1Char('.'));
    if (!build.isEmpty())
        text += QLatin1Char('+') + build;
    return text;
}

std::strong_ordering Version::operator<=>(const Version &other) const
{
    if (auto c = major <=> other.major; c != 0)
        return c;
    if (auto c = minor <=> other.minor; c != 0)
        return c;
    if (auto c = patch <=> other.patch; c != 0)
        return c;
    // A release ranks above any of its pre-releases.
    if (preRelease.isEmpty() && other.preRelease.isEmpty())
        return std::strong_ordering::equal;
    if (preRelease.isEmpty())
        return std::strong_ordering::greater;
    if (other.preRelease.isEmpty())
        return std::strong_ordering::less;
    const qsizetype n = std::min(preRelease.size(), other.preRelease.size());
    for (qsizetype i = 0; i < n; ++i)
        if (auto c = compareIdentifier(preRelease.at(i), other.preRelease.at(i)); c != 0)
            return c;
    return preRelease.size() <=> other.preRelease.size();
}

Bump bumpFor(const std::vector<CommitInfo> &commits)
{
    Bump bump = commits.empty() ? Bump::None : Bump::Patch;
    for (const CommitInfo &commit : commits) {
        if (commit.breaking)
            return Bump::Major;
        if (commit.type == QLatin1String("feat"))
            bump = Bump::Minor;
    }
    return bump;
}

Version bumped(const Version &current, Bump bump)
{
    if (bump == Bump::None)
        return current;
    Version next = current;
    next.preRelease.clear();
    next.build.clear();
    // 0.x: everything moves one place down (breaking → minor, feature and fix → patch).
    if (current.major == 0)
        bump = bump == Bump::Major ? Bump::Minor : Bump::Patch;

    if (current.isPreRelease()) {
        // 1.3.0-rc.1 is on its way to 1.3.0: finish it when it already carries a bump this big.
        const bool carriesMajor = current.minor == 0 && current.patch == 0;
        const bool carriesMinor = current.patch == 0;
        if (bump == Bump::Patch || (bump == Bump::Minor && carriesMinor) || (bump == Bump::Major && carriesMajor))
            return next;
    }
    switch (bump) {
    case Bump::Major:
        next.major += 1;
        next.minor = 0;
        next.patch = 0;
        break;
    case Bump::Minor:
        next.minor += 1;
        next.patch = 0;
        break;
    case Bump::Patch:
        next.patch += 1;
        break;
    case Bump::None:
        break;
    }
    return next;
}

QString suggestVersion(const QString &current, const std::vector<CommitInfo> &commits)
{
    if (commits.empty())
        return current;
    if (current.isEmpty())
        return QStringLiteral("v0.1.0");
    const std::optional<Version> parsed = Version::parse(current);
    if (!parsed)
        return {};
    return bumped(*parsed, bumpFor(commits)).toString();
}

QStringList listTags(const Repository &repo)
{
    QStringList tags;
    git_strarray names{};
    if (repo.handle() && git_tag_list(&names, repo.handle()) == 0) {
        tags.reserve(qsizetype(names.count));
        for (size_t i = 0; i < names.count; ++i)
            tags.append(QString::fromUtf8(names.strings[i]));
        git_strarray_dispose(&names);
    } else {
        git_error_clear();
    }
    return tags;
}

bool tagMatches(const QString &pattern, const QString &tagName)
{
    if (pattern.isEmpty())
        return true;
    return fnmatch(pattern.toUtf8().constData(), tagName.toUtf8().constData(), 0) == 0;
}

QString versionTagPattern(const RepositoryRules &rules, const ComponentRule &component)
{
    const QString pattern = rules.tagPatternFor(component);
    return pattern.isEmpty() ? component.name + QStringLiteral("/v*") : pattern;
}

std::optional<Version> versionFromTag(const QString &pattern, const QString &tagName)
{
    qsizetype literal = 0;
    while (literal < pattern.size() && pattern.at(literal) != QLatin1Char('*') && pattern.at(literal) != QLatin1Char('?')
           && pattern.at(literal) != QLatin1Char('[') && pattern.at(literal) != QLatin1Char('\\'))
        ++literal;
    QString prefix = pattern.left(literal);
    if (prefix.endsWith(QLatin1Char('v')))
        prefix.chop(1);
    if (!tagName.startsWith(prefix))
        return std::nullopt;
    return Version::parse(tagName.mid(prefix.size()));
}

CurrentVersion currentVersionFromTags(const QStringList &tags, const QString &pattern, bool includePreRelease)
{
    CurrentVersion best;
    std::optional<Version> bestVersion;
    const QByteArray glob = pattern.toUtf8();
    for (const QString &tag : tags) {
        if (!glob.isEmpty() && fnmatch(glob.constData(), tag.toUtf8().constData(), 0) != 0)
            continue;
        const std::optional<Version> version = versionFromTag(pattern, tag);
        if (!version || (version->isPreRelease() && !includePreRelease))
            continue;
        // Equal precedence (v1.0.0 and 1.0.0+b): the first name in tag order, so the answer is stable.
        if (!bestVersion || *version > *bestVersion) {
            bestVersion = version;
            best = {version->toString(), CurrentVersion::Source::Tag, tag};
        }
    }
    return best;
}

CurrentVersion currentVersionFromManifests(const WorkspaceScan &scan, const QString &component)
{
    for (const ReleaseEntry &entry : scan.releases) {
        if (!entry.manifest || entry.manifest->release.status != ReleaseStatus::Deployed)
            continue;
        const Component *c = entry.manifest->component(component);
        if (!c)
            continue;
        const QString version = !c->newVersion.isEmpty() ? c->newVersion : c->currentVersion;
        if (version.isEmpty())
            continue;
        return {version, CurrentVersion::Source::Manifest, entry.manifest->release.id};
    }
    return {};
}

CurrentVersion currentVersion(const WorkspaceScan &scan, const QStringList &tags, const RepositoryRules &rules,
                              const ComponentRule &component, bool includePreRelease)
{
    CurrentVersion fromManifest = currentVersionFromManifests(scan, component.name);
    if (fromManifest.source != CurrentVersion::Source::None)
        return fromManifest;
    return currentVersionFromTags(tags, versionTagPattern(rules, component), includePreRelease);
}

} // namespace rc::core
