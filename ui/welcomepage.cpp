#include "welcomepage.h"

#include "copyfield.h"

#include <service/acsservice.h>

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

WelcomePage::WelcomePage(service::AcsService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_urlIntro(new QLabel(this)), m_authNote(new QLabel(this)),
      m_tlsNote(new QLabel(this)), m_startSimulator(new QPushButton(this)),
      m_simulatorState(new QLabel(this))
{
    auto *title = new QLabel(tr("No device yet"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6); // relative: follows the user's font and DPI
    titleFont.setBold(true);
    title->setFont(titleFont);

    for (QLabel *label : {m_urlIntro, m_authNote, m_tlsNote}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_authNote->setText(tr("Any device is accepted: authentication is switched off in Settings."));
    m_tlsNote->setText(tr("The ACS uses HTTPS with a certificate of this workbench's own. Install the CA certificate "
                          "below on the device (or turn off its certificate check)."));

    m_startSimulator->setObjectName(QStringLiteral("startSimulator"));
    m_startSimulator->setText(tr("Start simulated device"));
    m_startSimulator->setToolTip(tr("Runs cwmp-cpe-sim on this computer: a simulated TR-181 home gateway that "
                                    "connects to this workbench with the credentials shown above."));
    connect(m_startSimulator, &QPushButton::clicked, this, &WelcomePage::startSimulatorRequested);
    m_simulatorState->setObjectName(QStringLiteral("simulatorState"));
    m_simulatorState->setWordWrap(true);
    m_simulatorState->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *simulatorHint = new QLabel(tr("No device at hand? A simulated one shows what the workbench can do."), this);
    simulatorHint->setWordWrap(true);

    auto *simulatorRow = new QHBoxLayout;
    simulatorRow->addWidget(m_startSimulator);
    simulatorRow->addWidget(m_simulatorState, 1);

    // A readable line length, in units of the font rather than pixels.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addWidget(m_urlIntro);
    columnLayout->addWidget(m_authNote);
    columnLayout->addWidget(m_tlsNote);
    m_details = new QWidget(column);
    columnLayout->addWidget(m_details);
    columnLayout->addSpacing(fontMetrics().height());
    columnLayout->addWidget(simulatorHint);
    columnLayout->addLayout(simulatorRow);

    // Centred by stretches rather than an alignment flag: an aligned item gets its size
    // hint's height, too little once the notes wrap at the narrower width.
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(column, 10); // up to its maximum width, then the margins grow
    centred->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(centred);
    outer->addStretch(2);

    connect(&m_service, &service::AcsService::listenerChanged, this, &WelcomePage::refresh);
    refresh();
}

void WelcomePage::setSimulatorState(const QString &text)
{
    m_simulatorState->setText(text);
}

QStringList WelcomePage::shownUrls() const
{
    QStringList urls;
    const auto fields = m_details->findChildren<CopyField *>(QStringLiteral("acsUrl"));
    for (const CopyField *field : fields)
        urls << field->text();
    return urls;
}

void WelcomePage::addRow(const QString &label, const QString &value)
{
    const int row = m_grid->rowCount();
    m_grid->addWidget(new QLabel(label, m_details), row, 0);
    m_grid->addWidget(new CopyField(value, m_details), row, 1);
}

void WelcomePage::refresh()
{
    // The rows depend on how many URLs there are: rebuilt, which is cheap and rare.
    delete m_grid;
    const auto old = m_details->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(old);
    m_grid = new QGridLayout(m_details);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);

    const QStringList urls = m_service.acsUrls();
    const acs::AcsSettings &acs = m_service.settings().acs;
    const QString ca = m_service.caCertificatePath();
    m_authNote->setVisible(!urls.isEmpty() && acs.authMode == acs::CpeAuthMode::None);
    m_tlsNote->setVisible(!urls.isEmpty() && !ca.isEmpty());
    if (urls.isEmpty()) {
        m_urlIntro->setText(tr("The ACS is not listening, so no device can reach it yet. Check the port and address "
                               "in Settings."));
        m_startSimulator->setEnabled(false);
        return;
    }
    m_startSimulator->setEnabled(true);
    if (acs.address.isLoopback())
        m_urlIntro->setText(tr("The ACS listens on this computer only, so only programs here (such as the simulated "
                               "device) can reach it. To manage a device on the network, choose another address "
                               "under \"Listen on\" in Settings."));
    else if (urls.size() == 1)
        m_urlIntro->setText(tr("To manage a device, open its own web page, find the TR-069 (CWMP) or \"ACS\" "
                               "settings, and enter this URL as the ACS URL."));
    else
        m_urlIntro->setText(tr("To manage a device, open its own web page, find the TR-069 (CWMP) or \"ACS\" "
                               "settings, and enter one of these URLs as the ACS URL: the one on the network the "
                               "device is on. The last one works only for programs on this computer."));
    for (int i = 0; i < urls.size(); ++i) {
        const int row = m_grid->rowCount();
        m_grid->addWidget(new QLabel(i == 0 ? tr("ACS URL:") : QString(), m_details), row, 0);
        auto *field = new CopyField(urls.at(i), m_details);
        field->setObjectName(QStringLiteral("acsUrl"));
        m_grid->addWidget(field, row, 1);
    }

    if (acs.authMode != acs::CpeAuthMode::None) {
        addRow(tr("ACS username:"), acs.cpeUsername);
        addRow(tr("ACS password:"), acs.cpePassword);
    }
    // TR-069 §3.2.2: the device checks these when the workbench wakes it.
    addRow(tr("Connection request username:"), acs.crUsername);
    addRow(tr("Connection request password:"), acs.crPassword);

    if (!ca.isEmpty())
        addRow(tr("CA certificate:"), QDir::toNativeSeparators(ca));
}

} // namespace ui
