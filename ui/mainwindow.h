#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;

namespace ui {

// The console's top-level window. For now it holds the menus, a placeholder where the
// device list will go, and the status line; feature pages are added as separate classes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPlaceholder();
    void createStatusLine();
    // Sets every user-visible text; runs again when the application's language changes.
    void retranslateUi();
    void showAbout();

    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QLabel *m_placeholderTitle = nullptr;
    QLabel *m_placeholderText = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace ui
