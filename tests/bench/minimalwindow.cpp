// The baseline for the start-up benchmark: the smallest Qt Widgets program that shows one
// QTableView over a small model, then quits as soon as the window has been shown.
#include <QApplication>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardItemModel model(5, 5);
    for (int row = 0; row < 5; ++row)
        for (int column = 0; column < 5; ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("%1,%2").arg(row).arg(column)));
    QTableView view;
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    if (app.arguments().contains(QStringLiteral("--exit-when-shown")))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
