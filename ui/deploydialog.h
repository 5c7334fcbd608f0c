#pragma once

#include "github/githubsettings.h"
#include "manifest/manifest.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace rc::ui {

/// The confirmation before the release workflow deploys a release: what goes out (components and
/// versions, `v1.2.3 → v1.3.0`), where (repository, workflow, ref, and whether the GitHub is the
/// demo's simulated one), and whether it is a dry run. A dry run is the default. A real deploy
/// needs a second, explicit confirmation in the dialog, and the default button is never the real
/// deploy, so Enter alone can only start a dry run or cancel.
class DeployDialog final : public QDialog
{
    Q_OBJECT

public:
    DeployDialog(const core::Manifest &manifest, const core::GitHubSettings &settings, bool simulated,
                 QWidget *parent = nullptr);

    bool isDryRun() const;

    QCheckBox *dryRunBox() const { return m_dryRun; }
    /// Shown only for a real deploy; must be ticked before the deploy button enables.
    QCheckBox *confirmBox() const { return m_confirm; }
    QPushButton *deployButton() const { return m_deploy; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTreeWidget *componentList() const { return m_components; }
    QLabel *targetLabel() const { return m_target; }
    /// Visible only against the simulated GitHub of the demo.
    QLabel *simulatedLabel() const { return m_simulated; }

private:
    void updateState();

    QString m_releaseId;
    QString m_repository;
    QCheckBox *m_dryRun = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_simulated = nullptr;
    QTreeWidget *m_components = nullptr;
    QPushButton *m_deploy = nullptr;
    QPushButton *m_cancel = nullptr;
};

/// "v1.2.3 → v1.3.0", or "v1.5.0 (unchanged)" when the versions are the same.
QString versionChangeText(const core::Component &component);
/// "octo-org/octo-repo · release-train.yml on main · api.github.com".
QString deployTargetText(const core::GitHubSettings &settings);

} // namespace rc::ui
