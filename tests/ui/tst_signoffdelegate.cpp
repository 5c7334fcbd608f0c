#include "approvalmodel.h"
#include "componentmodel.h"
#include "releasedocument.h"
#include "signoffdelegate.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using rc::core::ApprovalStatus;
using rc::core::SignOff;
using rc::models::ApprovalModel;
using rc::models::ComponentModel;
using rc::models::ReleaseDocument;
using rc::ui::SignOffDelegate;

Q_DECLARE_METATYPE(SignOff)

// The seed's manifest, outside any clone: edits are saved but not committed, which keeps these
// tests about the delegate and the file.
class tst_SignOffDelegate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static QByteArray seed()
    {
        QFile file(QStringLiteral(":/demo/2024-01-15-release.yaml"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QByteArray onDisk() const
    {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    struct Fixture
    {
        ReleaseDocument document;
        ComponentModel components;
        ApprovalModel approvals;
        SignOffDelegate delegate;
        QTableView view;
        QAbstractItemModelTester componentTester{&components, QAbstractItemModelTester::FailureReportingMode::QtTest};
        QAbstractItemModelTester approvalTester{&approvals, QAbstractItemModelTester::FailureReportingMode::QtTest};
    };

    std::unique_ptr<Fixture> open()
    {
        auto f = std::make_unique<Fixture>();
        f->document.setUser(QStringLiteral("@carol"));
        if (auto opened = f->document.open(m_path); !opened)
            qWarning() << opened.error().toString();
        f->components.setDocument(&f->document);
        f->approvals.setDocument(&f->document);
        f->view.setModel(&f->components);
        return f;
    }

    QModelIndex signOffIndex(const Fixture &f, const QString &component) const
    {
        return f.components.index(f.components.rowOf(component), ComponentModel::SignOffColumn);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("rel-2024-01-15-001.yaml"));
        QFile::remove(m_path);
        QFile file(m_path);
        const QByteArray bytes = seed();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    void editorOffersEveryComponentSignOff()
    {
        auto f = open();
        QStyleOptionViewItem option;
        std::unique_ptr<QWidget> editor(f->delegate.createEditor(&f->view, option, signOffIndex(*f, QStringLiteral("api"))));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemData(0).toInt(), int(SignOff::Pending));
        QCOMPARE(combo->itemData(1).toInt(), int(SignOff::Approved));
        QCOMPARE(combo->itemData(2).toInt(), int(SignOff::Rejected));
        QCOMPARE(combo->itemData(3).toInt(), int(SignOff::NotRequired));
    }

    void editorForApprovalsHasNoNotRequired()
    {
        auto f = open();
        QStyleOptionViewItem option;
        std::unique_ptr<QWidget> editor(
            f->delegate.createEditor(&f->view, option, f->approvals.index(0, ApprovalModel::StatusColumn)));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->findData(int(ApprovalStatus::Rejected)), 2);
    }

    void editorStartsAtTheCurrentValue_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<SignOff>("expected");
        QTest::addRow("pending api") << "api" << SignOff::Pending;
        QTest::addRow("approved portal") << "portal" << SignOff::Approved;
        QTest::addRow("not required workers") << "workers" << SignOff::NotRequired;
    }

    void editorStartsAtTheCurrentValue()
    {
        QFETCH(QString, component);
        QFETCH(SignOff, expected);
        auto f = open();
        QStyleOptionViewItem option;
        const QModelIndex index = signOffIndex(*f, component);
        std::unique_ptr<QWidget> editor(f->delegate.createEditor(&f->view, option, index));
        f->delegate.setEditorData(editor.get(), index);
        QCOMPARE(qobject_cast<QComboBox *>(editor.get())->currentData().toInt(), int(expected));
    }

    void setModelDataWritesThroughTheModel_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<SignOff>("value");
        QTest::addColumn<QByteArray>("expectedLine");
        QTest::addRow("approve api") << "api" << SignOff::Approved << QByteArray("sign_off: approved");
        QTest::addRow("reset portal") << "portal" << SignOff::Pending << QByteArray("sign_off: pending");
        QTest::addRow("api not required") << "api" << SignOff::NotRequired << QByteArray("sign_off: not_required");
    }

    void setModelDataWritesThroughTheModel()
    {
        QFETCH(QString, component);
        QFETCH(SignOff, value);
        QFETCH(QByteArray, expectedLine);
        auto f = open();
        int prompts = 0;
        f->delegate.setReasonPrompt([&prompts](QWidget *, const QString &) {
            ++prompts;
            return std::optional<QString>();
        });
        const QModelIndex index = signOffIndex(*f, component);
        QStyleOptionViewItem option;
        std::unique_ptr<QWidget> editor(f->delegate.createEditor(&f->view, option, index));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        combo->setCurrentIndex(combo->findData(int(value)));
        f->delegate.setModelData(combo, &f->components, index);

        QCOMPARE(prompts, 0);
        QCOMPARE(index.data(ComponentModel::SignOffRole).toInt(), int(value));
        QCOMPARE(int(f->components.component(index.row())->signOff), int(value));
        QVERIFY2(onDisk().contains(expectedLine), onDisk().constData());
    }

    void rejectingAsksForAReason()
    {
        auto f = open();
        QString askedAbout;
        f->delegate.setReasonPrompt([&askedAbout](QWidget *, const QString &subject) {
            askedAbout = subject;
            return std::optional<QString>(QStringLiteral("flaky integration tests"));
        });
        const QModelIndex index = signOffIndex(*f, QStringLiteral("api"));
        QStyleOptionViewItem option;
        std::unique_ptr<QWidget> editor(f->delegate.createEditor(&f->view, option, index));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        combo->setCurrentIndex(combo->findData(int(SignOff::Rejected)));
        f->delegate.setModelData(combo, &f->components, index);

        QCOMPARE(askedAbout, QStringLiteral("api"));
        const rc::core::Component *api = f->components.component(index.row());
        QCOMPARE(int(api->signOff), int(SignOff::Rejected));
        QCOMPARE(api->reason, QStringLiteral("flaky integration tests"));
        QCOMPARE(api->rejectedBy, QStringLiteral("@carol"));
        QVERIFY(onDisk().contains("flaky integration tests"));
    }

    void cancellingTheReasonChangesNothing_data()
    {
        QTest::addColumn<std::optional<QString>>("answer");
        QTest::addRow("cancelled") << std::optional<QString>();
        QTest::addRow("blank reason") << std::optional<QString>(QStringLiteral("   "));
    }

    void cancellingTheReasonChangesNothing()
    {
        QFETCH(std::optional<QString>, answer);
        auto f = open();
        f->delegate.setReasonPrompt([answer](QWidget *, const QString &) { return answer; });
        const QByteArray before = onDisk();
        QSignalSpy changed(&f->document, &ReleaseDocument::changed);
        QSignalSpy failed(&f->delegate, &SignOffDelegate::editFailed);
        const QModelIndex index = signOffIndex(*f, QStringLiteral("api"));
        QVERIFY(!f->delegate.setValue(&f->components, index, int(SignOff::Rejected), nullptr));
        QCOMPARE(onDisk(), before);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(index.data(ComponentModel::SignOffRole).toInt(), int(SignOff::Pending));
    }

    void choosingTheCurrentValueDoesNotTouchTheFile()
    {
        auto f = open();
        const QByteArray before = onDisk();
        const QModelIndex index = signOffIndex(*f, QStringLiteral("portal"));
        QStyleOptionViewItem option;
        std::unique_ptr<QWidget> editor(f->delegate.createEditor(&f->view, option, index));
        f->delegate.setEditorData(editor.get(), index);
        f->delegate.setModelData(editor.get(), &f->components, index);
        QCOMPARE(onDisk(), before);
    }

    void approvalRejectionAsksForAReason()
    {
        auto f = open();
        f->delegate.setReasonPrompt([](QWidget *, const QString &subject) {
            return std::optional<QString>(subject + QStringLiteral(" has open questions"));
        });
        int row = -1;
        for (int r = 0; r < f->approvals.rowCount(); ++r) {
            if (f->approvals.approval(r)->role == QLatin1String("Tech Lead"))
                row = r;
        }
        QVERIFY(row >= 0);
        QVERIFY(f->delegate.setValue(&f->approvals, f->approvals.index(row, ApprovalModel::StatusColumn),
                                     int(ApprovalStatus::Rejected), nullptr));
        QCOMPARE(int(f->approvals.approval(row)->status), int(ApprovalStatus::Rejected));
        QCOMPARE(f->approvals.approval(row)->reason, QStringLiteral("Tech Lead has open questions"));
    }

    void refusedEditsAreReported()
    {
        auto f = open();
        // Someone edits the file by hand after it was loaded: the edit must not overwrite that.
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("# reviewed by hand\n");
        }
        const QByteArray handEdited = onDisk();
        QSignalSpy failed(&f->delegate, &SignOffDelegate::editFailed);
        QVERIFY(!f->delegate.setValue(&f->components, signOffIndex(*f, QStringLiteral("api")), int(SignOff::Approved),
                                      nullptr));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(onDisk(), handEdited);
    }

    void editingThroughTheViewCommitsOnActivation()
    {
        auto f = open();
        f->view.setItemDelegateForColumn(ComponentModel::SignOffColumn, &f->delegate);
        f->view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f->view));
        const QModelIndex index = signOffIndex(*f, QStringLiteral("api"));
        f->view.setCurrentIndex(index);
        f->view.edit(index);
        auto *combo = qobject_cast<QComboBox *>(f->view.indexWidget(index));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toInt(), int(SignOff::Pending));
        QTest::keyClick(combo, Qt::Key_Down); // the next entry: approved
        QTRY_COMPARE(index.data(ComponentModel::SignOffRole).toInt(), int(SignOff::Approved));
        QTRY_VERIFY(!f->view.indexWidget(index)); // the editor closed by itself
        QVERIFY(onDisk().contains("approved_by: '@carol'") || onDisk().contains("approved_by: \"@carol\"")
                || onDisk().contains("approved_by: @carol"));
    }
};

QTEST_MAIN(tst_SignOffDelegate)
#include "tst_signoffdelegate.moc"
