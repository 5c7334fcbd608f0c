#pragma once

#include "manifest/manifest.h"

#include <QStringList>

namespace rc::core {

struct Readiness
{
    bool ready = false;
    /// In plain words, most important first:
    /// "portal: sign-off pending (team lead @carol)", "api: sign-off rejected by @alice: flaky tests",
    /// "Tech Lead approval pending (@tech-lead)", "checklist: On-call team notified (required) not done",
    /// "validation: integration_tests failed", "status is pending_approval: a release deploys from approved".
    QStringList blockers;
};

/// The one place that decides whether a release may deploy. The GUI, the CLI and notifications use it.
Readiness checkReadiness(const Manifest &manifest);

/// What stands between the release and `approved`: every readiness blocker but the status itself.
/// A release is marked approved only when this is empty (the console and releasectl both ask it).
QStringList approvalBlockers(const Manifest &manifest);

} // namespace rc::core
