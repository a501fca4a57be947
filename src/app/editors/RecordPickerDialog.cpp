#include "RecordPickerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qms::gui {

RecordPickerDialog::RecordPickerDialog(const QString& title, const QList<EditorPrompts::PickItem>& items,
                                       QWidget* parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this)) {
    setWindowTitle(title);
    resize(520, 480);
    m_filter->setPlaceholderText(tr("Type to filter by id or title"));
    m_filter->setClearButtonEnabled(true);
    for (const auto& item : items) {
        auto* it = new QListWidgetItem(item.text, m_list);
        it->setData(Qt::UserRole, item.id);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_filter);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &RecordPickerDialog::applyFilter);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QString RecordPickerDialog::selectedId() const {
    const auto* it = m_list->currentItem();
    return it && !it->isHidden() ? it->data(Qt::UserRole).toString() : QString();
}

void RecordPickerDialog::applyFilter(const QString& text) {
    const QString t = text.trimmed();
    QListWidgetItem* firstVisible = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        auto* it = m_list->item(i);
        const bool show = t.isEmpty() || it->text().contains(t, Qt::CaseInsensitive);
        it->setHidden(!show);
        if (show && !firstVisible)
            firstVisible = it;
    }
    if (firstVisible && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(firstVisible);
}

} // namespace qms::gui
