// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace ballsdex::studio {

/// Studio's top-level window; the designer and moderation desk dock into it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createMenus();
    void showAbout();
};

} // namespace ballsdex::studio
