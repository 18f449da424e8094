#pragma once

// Upgrades one device's firmware (issue 7): pick an image from the file library (or add
// one), see its size, SHA-256, version and target next to what the device runs, with the
// reasons not to send it in a warning box that must be confirmed; then follow the upgrade's
// timeline until the new version is seen or the precise failure is known. Closing the
// dialog does not stop the upgrade.

#include <acs/servedfile.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFrame;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace acs {
struct TimeWindow;
struct TransferTimeline;
}

namespace service {
class AcsService;
}

namespace ui {

class FileImportBar;
class TransferTimelineView;

class FirmwareUpgradeDialog : public QDialog
{
    Q_OBJECT

public:
    FirmwareUpgradeDialog(service::AcsService &service, const QString &deviceId, QWidget *parent = nullptr);

    // Selects the library's image of that name; false when it is not a firmware image there.
    bool selectImage(const QString &name);
    QString selectedImage() const;
    // The warnings for the selected image and this device (TransferTracker::warningsFor).
    QStringList warnings() const { return m_warnings; }
    // When: at once by Download (with DelaySeconds) or in a time window by ScheduleDownload.
    enum When { Now = 0, InWindow = 1 };
    void setWhen(When when);
    When when() const;
    // The window as entered (start/end from now in the chosen unit); used when InWindow.
    acs::TimeWindow timeWindow() const;
    // Sends the upgrade (as the Upgrade button does); false with the reason shown when the
    // tracker refuses, the window is invalid or warnings were not confirmed.
    bool upgrade();
    // The timeline followed after upgrade(); 0 before.
    qint64 timelineId() const { return m_timelineId; }

    QComboBox *imageBox() const { return m_image; }
    QFrame *warningBox() const { return m_warningBox; }
    QLabel *warningLabel() const { return m_warningText; }
    QCheckBox *anywayBox() const { return m_anyway; }
    QSpinBox *delayBox() const { return m_delay; }
    QComboBox *whenBox() const { return m_when; }
    QSpinBox *windowStartBox() const { return m_windowStart; }
    QSpinBox *windowEndBox() const { return m_windowEnd; }
    QComboBox *windowUnitBox() const { return m_windowUnit; }
    QComboBox *windowModeBox() const { return m_windowMode; }
    QLineEdit *userMessageEdit() const { return m_userMessage; }
    QPushButton *upgradeButton() const { return m_upgrade; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *hashLabel() const { return m_hash; }
    QLabel *deviceVersionLabel() const { return m_deviceVersion; }
    TransferTimelineView *timelineView() const { return m_timeline; }
    FileImportBar *importBar() const { return m_importBar; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QWidget *buildChoicePage();
    void reloadImages(const QString &select = {});
    void showImage();
    void updateUpgradeButton();
    void showWhen();
    void chooseImageFile();
    void onTimelineFinished(const acs::TransferTimeline &timeline);

    service::AcsService &m_service;
    QString m_deviceId;
    QStringList m_warnings;
    QString m_shownImage; // the image the details and the confirmation are for
    qint64 m_timelineId = 0;

    QStackedWidget *m_pages;
    QLabel *m_deviceLine;
    QComboBox *m_image;
    QPushButton *m_addImage;
    QLabel *m_size;
    QLabel *m_hash;
    QLabel *m_version;
    QLabel *m_target;
    QLabel *m_deviceVersion;
    QFrame *m_warningBox;
    QLabel *m_warningText;
    QCheckBox *m_anyway;
    QSpinBox *m_delay;
    QFormLayout *m_form = nullptr;
    QComboBox *m_when;
    QWidget *m_windowRow;
    QSpinBox *m_windowStart;
    QSpinBox *m_windowEnd;
    QComboBox *m_windowUnit;
    QWidget *m_modeRow;
    QComboBox *m_windowMode;
    QLabel *m_modeHelp;
    QLineEdit *m_userMessage;
    QLabel *m_error;
    FileImportBar *m_importBar;
    TransferTimelineView *m_timeline;
    QPushButton *m_upgrade;
    QPushButton *m_close;
};

} // namespace ui
