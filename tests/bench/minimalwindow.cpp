// The baseline for the start-up benchmark: the smallest Qt Widgets program that shows one
// QTableView over a small model; measured the same way as release-console.
#include <QApplication>
#include <QStandardItemModel>
#include <QTableView>
#include "startupprobe.h"

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardItemModel model(5, 5);
    for (int row = 0; row < 5; ++row)
        for (int column = 0; column < 5; ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("%1,%2").arg(row).arg(column)));
    QTableView view;
    view.setModel(&model);
    view.resize(1360, 820); // the size release-console opens at, so both fill the same pixels
    if (app.arguments().contains(QStringLiteral("--exit-when-shown")))
        rc::ui::exitWhenShown(&view);
    view.show();
    return app.exec();
}
