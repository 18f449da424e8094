#include "parameteractions.h"

#include <parameterexport.h>
#include <parameternode.h>
#include <parametertreemodel.h>
#include <taskdispatcher.h>

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonArray>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>

namespace ui {

using models::ParameterTreeModel;

ParameterActions::ParameterActions(ParameterTreeModel &model, models::TaskDispatcher &dispatcher, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_model(model)
    , m_dispatcher(dispatcher)
    , m_dialogParent(dialogParent)
{
    connect(&m_dispatcher, &models::TaskDispatcher::taskFinished, this, &ParameterActions::onTaskFinished);
}

bool ParameterActions::isInstance(const QString &path)
{
    static const QRegularExpression instance(QStringLiteral("\\.\\d+\\.$"));
    return instance.match(path).hasMatch();
}

bool ParameterActions::isTable(const ParameterTreeModel &model, const QString &path)
{
    if (!path.endsWith(QLatin1Char('.')) || isInstance(path))
        return false;
    // GetParameterNames reports a table the ACS may add rows to as writable (TR-069
    // A.3.2.2); a table read only by values is known by its numbered children.
    const acs::ParameterCache *cache = model.cache();
    if (!cache)
        return false;
    if (const acs::CachedParameter *p = cache->find(path); p && p->writable)
        return *p->writable;
    const QStringList children = cache->children(path);
    return !children.isEmpty() && isInstance(children.constFirst());
}

QMenu *ParameterActions::menuFor(const QString &path, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (path.isEmpty())
        return menu;
    const bool object = path.endsWith(QLatin1Char('.'));
    if (isTable(m_model, path))
        menu->addAction(tr("Add instance"), this, [this, path] { addInstance(path); });
    if (isInstance(path))
        menu->addAction(tr("Delete instance…"), this, [this, path] { deleteInstance(path); });
    if (menu->actions().size() > 0)
        menu->addSeparator();
    QMenu *notify = menu->addMenu(tr("Set notification"));
    notify->addAction(tr("Off"), this, [this, path] { setNotification(path, 0); });
    notify->addAction(tr("Passive"), this, [this, path] { setNotification(path, 1); });
    notify->addAction(tr("Active"), this, [this, path] { setNotification(path, 2); });
    menu->addAction(tr("Read notification"), this, [this, path] { readNotification(path); });
    menu->addSeparator();
    menu->addAction(tr("Copy path"), this, [this, path] { copyPath(path); });
    if (!object)
        menu->addAction(tr("Copy value"), this, [this, path] { copyValue(path); });
    menu->addSeparator();
    const QString subtree = object ? path : models::ParameterNode::parentPath(path);
    menu->addAction(tr("Export subtree as CSV…"), this, [this, subtree] { exportSubtree(subtree, false); });
    menu->addAction(tr("Export subtree as JSON…"), this, [this, subtree] { exportSubtree(subtree, true); });
    return menu;
}

qint64 ParameterActions::submit(Kind kind, const QString &taskKind, const QJsonObject &args)
{
    QString why;
    const qint64 id = m_dispatcher.submit(m_model.device(), taskKind, args, &why);
    if (id == 0) {
        Q_EMIT statusMessage(tr("%1 could not be queued: %2").arg(models::TaskDispatcher::kindTitle(taskKind), why));
        return 0;
    }
    m_tasks.insert(id, kind);
    Q_EMIT statusMessage(tr("%1: queued, waiting for the device.").arg(models::TaskDispatcher::kindTitle(taskKind)));
    return id;
}

void ParameterActions::addInstance(const QString &tablePath)
{
    submit(Kind::AddObject, QStringLiteral("addObject"), {{QStringLiteral("objectName"), tablePath}});
}

void ParameterActions::deleteInstance(const QString &instancePath)
{
    if (!isInstance(instancePath)) {
        Q_EMIT statusMessage(tr("Select an object instance to delete."));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete instance"),
                                tr("Delete %1 and everything below it on the device?").arg(instancePath),
                                QMessageBox::Yes | QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, instancePath](int result) {
        if (result == QMessageBox::Yes)
            submit(Kind::DeleteObject, QStringLiteral("deleteObject"), {{QStringLiteral("objectName"), instancePath}});
    });
    box->open();
}

void ParameterActions::setNotification(const QString &path, int notification)
{
    submit(Kind::Other, QStringLiteral("setParameterAttributes"),
           {{QStringLiteral("parameters"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), path}, {QStringLiteral("notification"), notification}}}}});
}

void ParameterActions::readNotification(const QString &path)
{
    submit(Kind::Other, QStringLiteral("getParameterAttributes"), {{QStringLiteral("parameterNames"), QJsonArray{path}}});
}

void ParameterActions::copyPath(const QString &path)
{
    QGuiApplication::clipboard()->setText(path);
}

void ParameterActions::copyValue(const QString &path)
{
    const acs::ParameterCache *cache = m_model.cache();
    const acs::CachedParameter *p = cache ? cache->find(path) : nullptr;
    QGuiApplication::clipboard()->setText(p ? p->value : QString());
}

void ParameterActions::exportSubtree(const QString &path, bool asJson)
{
    const acs::ParameterCache *cache = m_model.cache();
    if (!cache)
        return;
    const QString base = path.isEmpty() ? m_model.device() : QString(path).chopped(path.endsWith(QLatin1Char('.')) ? 1 : 0);
    const QString fileName = QFileDialog::getSaveFileName(
        m_dialogParent, asJson ? tr("Export as JSON") : tr("Export as CSV"),
        base + (asJson ? QStringLiteral(".json") : QStringLiteral(".csv")),
        asJson ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    const auto rows = cache->subtree(path);
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Q_EMIT statusMessage(tr("Could not write %1: %2").arg(fileName, file.errorString()));
        return;
    }
    file.write(asJson ? models::ParameterExport::toJson(rows) : models::ParameterExport::toCsv(rows));
    file.close();
    Q_EMIT statusMessage(tr("Exported %1 parameters to %2.").arg(rows.size()).arg(fileName));
}

void ParameterActions::onTaskFinished(const acs::Task &task)
{
    const auto it = m_tasks.find(task.id);
    if (it == m_tasks.end())
        return;
    const Kind kind = it.value();
    m_tasks.erase(it);
    Q_EMIT statusMessage(models::TaskDispatcher::describe(task));
    if (kind != Kind::AddObject || task.state != acs::TaskState::Done || task.deviceId != m_model.device())
        return;
    // A.3.2.6: the response names the new instance; read it so that its rows are complete.
    const QString instance = task.args.value(QStringLiteral("objectName")).toString()
                             + QString::number(task.result.value(QStringLiteral("instanceNumber")).toInteger())
                             + QLatin1Char('.');
    m_dispatcher.submit(m_model.device(), QStringLiteral("refreshObject"), {{QStringLiteral("objectName"), instance}});
    Q_EMIT instanceAdded(instance);
}

} // namespace ui
