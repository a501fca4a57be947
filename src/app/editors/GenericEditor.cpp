#include "GenericEditor.h"

#include "ClausePicker.h"
#include "FormHelpers.h"
#include "ItemStateTable.h"
#include "LinkedRecordList.h"
#include "TableFieldEditor.h"
#include "TypedEditor.h"
#include "domain/kinds/KindRules.h"
#include "domain/kinds/LinkedRecords.h"
#include "storage/TableActions.h"
#include "storage/UserRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <climits>

namespace qms::gui {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(qms::gui::GenericEditor)
};

template <typename R> class GenericEditor final : public TypedEditor<R> {
public:
    GenericEditor(Workspace& ws, const QString& id, QWidget* parent)
        : TypedEditor<R>(ws, id, parent) {
        const KindDecl& decl = declOf<R>();
        auto* form = new QWidget;
        auto* layout = new QFormLayout(form);
        for (const FieldDef<R>& f : recordFields<R>()) {
            QWidget* w = makeWidget(f, decl);
            if (!w)
                continue;
            const QString key = QString::fromLatin1(f.key);
            w->setObjectName(key);
            // Derived by the workflow, or a state changed only by the declared steps: shown, not edited.
            if (!f.set || decl.isDerived(f.key) || (hasSteps() && qstrcmp(f.key, decl.statusField) == 0)) {
                w->setProperty("qmsAlwaysReadOnly", true); // setFormReadOnly leaves it so
                setInputReadOnly(w, true);
                w->setStyleSheet(frozenStyle(w));
            }
            const QString label = translateFieldLabel(f.label);
            if (f.type == FieldType::Table) {
                // A table gets a tab of its own, after the details.
                this->tabs()->insertTab(1 + m_tableTabs++, w, label);
            } else if (f.type == FieldType::ClauseList || f.type == FieldType::IdList) {
                auto* box = new QGroupBox(label);
                (new QVBoxLayout(box))->addWidget(w);
                this->linksLayout()->addWidget(box, f.type == FieldType::ClauseList ? 1 : 0);
            } else {
                layout->addRow(label, w);
            }
            m_widgets.append({&f, w});
            this->registerField(key, w);
        }
        this->setDetailsForm(form);
        for (const auto& [f, w] : std::as_const(m_widgets))
            if (f->set)
                this->watch(w);
        this->initialise();
    }

protected:
    void initNew() override {
        this->m_record = newRecord<R>({this->m_ws.clock().today(), this->m_ws.user().name});
    }

    void fillForm() override {
        for (const auto& [f, w] : std::as_const(m_widgets))
            setValue(*f, w, f->get(this->m_record));
        if (const R& r = this->m_record; !r.meta.id.isEmpty())
            for (LinkedRecordList* list : this->template findChildren<LinkedRecordList*>())
                list->setOwnId(r.meta.id);
        for (ItemStateTable* table : this->template findChildren<ItemStateTable*>())
            table->setOwner(this->m_record.meta.id, recordTitle(this->m_record));
        for (TableFieldEditor* table : this->template findChildren<TableFieldEditor*>())
            table->setRecordStored(!this->isNew());
        applyLocks();
        for (QPushButton* b : std::as_const(m_createButtons)) {
            b->setEnabled(!this->isNew() && !this->isReadOnly());
            b->setToolTip(this->isNew() ? Tr::tr("Save this record first") : QString());
        }
    }

    R collect() const override {
        R r = this->m_record;
        for (const auto& [f, w] : std::as_const(m_widgets)) {
            if (!f->set)
                continue;
            const QString before = f->get(this->m_record);
            QString text = valueOf(*f, w);
            if (f->type == FieldType::ClauseList)
                text = codec::list(keepOrder(codec::parseList(before), codec::parseList(text)));
            if (text != before)
                f->set(r, text); // a value the field refuses keeps the stored one; saving names it
        }
        return r;
    }

    // What the record's state freezes (KindDecl::locks) is shown read-only, with the reason.
    void applyLocks() {
        const QString state = stateOf(this->m_record);
        for (const auto& [f, w] : std::as_const(m_widgets)) {
            if (w->property("qmsAlwaysReadOnly").toBool())
                continue;
            const FieldLockDecl* lock = this->isNew() ? nullptr : declOf<R>().lockOf(f->key, state);
            const QString reason =
                lock ? QCoreApplication::translate("qms::Kind", lock->reason).arg(this->m_record.meta.id)
                     : QString();
            if (auto* table = qobject_cast<TableFieldEditor*>(w)) {
                table->setLocked(reason);
                continue;
            }
            const bool wasLocked = w->property("qmsLocked").toBool();
            if (!lock && !wasLocked)
                continue;
            w->setProperty("qmsLocked", lock != nullptr); // setFormReadOnly leaves it so
            w->setToolTip(reason);
            w->setStyleSheet(lock ? frozenStyle(w) : QString());
            setInputReadOnly(w, lock != nullptr || this->isReadOnly());
        }
    }

    // Frozen looks frozen: the window's background instead of an input's (a combo box or a date
    // is disabled and greys itself).
    static QString frozenStyle(const QWidget* w) {
        if (!qobject_cast<const QLineEdit*>(w) && !qobject_cast<const QPlainTextEdit*>(w))
            return {};
        return QStringLiteral("%1 { background: palette(window); }")
            .arg(QString::fromLatin1(w->metaObject()->className()));
    }

    // Without declared steps the state is a field of the form.
    static bool hasSteps() { return !declOf<R>().transitions.empty(); }

    // A step's target is the index of its state in the declaration.
    void setStatus(R& record, int target) const override {
        const KindDecl& decl = declOf<R>();
        if (target < 0 || target >= int(decl.states.size()))
            return;
        if (const auto* f = findField<R>(QString::fromLatin1(decl.statusField)); f && f->set)
            f->set(record, QString::fromLatin1(decl.states[std::size_t(target)].key));
    }

    QList<EditorStep> steps() const override {
        QList<EditorStep> out;
        if (this->isNew())
            return out;
        const KindDecl& decl = declOf<R>();
        const Status permitted = this->editPermission();
        for (const TransitionDecl* t : decl.stepsFrom(stateOf(this->m_record))) {
            const QString to = QString::fromLatin1(t->to);
            out.append({decl.stateIndex(to), to, QCoreApplication::translate("qms::Workflow", t->label),
                        t->needsReason, permitted});
        }
        return out;
    }

    // A record in a closed state is kept as it was (its steps, if any, stay available).
    QString lockReason() const override {
        if (this->isNew() || !hasSteps() || isOpenRecord(this->m_record))
            return {};
        return Tr::tr("%1 is %2 and kept as it was.")
            .arg(this->m_record.meta.id, inSentence(declOf<R>().stateLabel(stateOf(this->m_record))));
    }

    QString statusText() const override {
        return this->isNew() ? Tr::tr("New") : declOf<R>().stateLabel(stateOf(this->m_record));
    }

private:
    QWidget* makeWidget(const FieldDef<R>& f, const KindDecl& decl) {
        switch (f.type) {
        case FieldType::Text:
            if (qstrcmp(f.key, decl.ownerField) == 0) {
                // The person in charge: chosen among the users by the name people know them by
                // (stored as the user name), or typed when they are not a user of the file.
                auto* c = new QComboBox;
                c->setEditable(true);
                c->setProperty("qmsUserCombo", true);
                if (auto users = this->m_ws.users().list())
                    fillUserCombo(c, *users, true);
                return c;
            }
            return new QLineEdit;
        case FieldType::DateTime:
            return new QLineEdit;
        case FieldType::LongText:
        case FieldType::Kpis:
        case FieldType::Revisions:
            return new QPlainTextEdit;
        case FieldType::Date: {
            auto* d = new QDateEdit;
            d->setCalendarPopup(true);
            makeOptionalDate(d);
            return d;
        }
        case FieldType::Enum: {
            auto* c = new QComboBox;
            const bool isStatus = qstrcmp(f.key, decl.statusField) == 0;
            const QStringList keys = f.choices ? f.choices() : QStringList();
            for (const QString& k : keys)
                c->addItem(isStatus ? decl.stateLabel(k) : enumLabelForKey(k), k);
            return c;
        }
        case FieldType::Int: {
            auto* s = new QSpinBox;
            s->setRange(INT_MIN, INT_MAX);
            return s;
        }
        case FieldType::Bool:
            return new QCheckBox;
        case FieldType::ClauseList:
            return new ClausePicker(this->m_ws.catalogue());
        case FieldType::ItemStates:
            return new ItemStateTable(this->m_ws, f.choices ? f.choices() : QStringList(), f.choiceLabel);
        case FieldType::Table: {
            if (!f.table)
                return nullptr;
            auto* table = new TableFieldEditor(this->m_ws, *f.table);
            const QString key = QString::fromLatin1(f.key);
            QObject::connect(table, &TableFieldEditor::fillRequested, this,
                             [this, key](const QString& fill) { fillTable(key, fill); });
            QObject::connect(table, &TableFieldEditor::createRequested, this,
                             [this, key](int row) { createFromRow(key, row); });
            return table;
        }
        case FieldType::IdList: {
            const LinkDecl* link = decl.link(QString::fromLatin1(f.key));
            if (!link)
                return new QLineEdit; // ids as "a; b"
            auto* list = new LinkedRecordList(this->m_ws, link->other, QString());
            if (link->createLabel) {
                auto* create = new QPushButton(QCoreApplication::translate("qms::Kind", link->createLabel));
                create->setObjectName(QStringLiteral("create_") + QString::fromLatin1(f.key));
                QObject::connect(create, &QPushButton::clicked, this, [this, link] { createLinked(*link); });
                m_createButtons.append(create);
                list->addButton(create);
            }
            return list;
        }
        }
        return nullptr;
    }

    static void setValue(const FieldDef<R>&, QWidget* w, const QString& text) {
        if (auto* e = qobject_cast<QLineEdit*>(w)) {
            if (e->text() != text)
                e->setText(text);
        } else if (auto* t = qobject_cast<QPlainTextEdit*>(w)) {
            setPlainText(t, text);
        } else if (auto* d = qobject_cast<QDateEdit*>(w)) {
            setOptionalDate(d, codec::parseDate(text).value_or(QDate()));
        } else if (auto* c = qobject_cast<QComboBox*>(w); c && c->property("qmsUserCombo").toBool()) {
            setUserCombo(c, text);
        } else if (auto* c = qobject_cast<QComboBox*>(w)) {
            int i = c->findData(text);
            if (i < 0 && !text.isEmpty()) { // a stored value the table does not list: keep it
                c->addItem(enumLabelForKey(text), text);
                i = c->count() - 1;
            }
            c->setCurrentIndex(i);
        } else if (auto* s = qobject_cast<QSpinBox*>(w)) {
            s->setValue(text.toInt());
        } else if (auto* b = qobject_cast<QCheckBox*>(w)) {
            b->setChecked(codec::parseYesNo(text).value_or(false));
        } else if (auto* p = qobject_cast<ClausePicker*>(w)) {
            p->setSelected(codec::parseList(text));
        } else if (auto* l = qobject_cast<LinkedRecordList*>(w)) {
            l->setIds(codec::parseList(text));
        } else if (auto* table = qobject_cast<ItemStateTable*>(w)) {
            table->setText(text);
        } else if (auto* rows = qobject_cast<TableFieldEditor*>(w)) {
            rows->setText(text);
        }
    }

    static QString valueOf(const FieldDef<R>& f, QWidget* w) {
        if (auto* e = qobject_cast<QLineEdit*>(w))
            return f.type == FieldType::Text ? e->text().trimmed() : e->text();
        if (auto* t = qobject_cast<QPlainTextEdit*>(w))
            return t->toPlainText();
        if (auto* d = qobject_cast<QDateEdit*>(w))
            return codec::date(optionalDate(d));
        if (auto* c = qobject_cast<QComboBox*>(w); c && c->property("qmsUserCombo").toBool())
            return userFromCombo(c);
        if (auto* c = qobject_cast<QComboBox*>(w))
            return c->currentData().toString();
        if (auto* s = qobject_cast<QSpinBox*>(w))
            return QString::number(s->value());
        if (auto* b = qobject_cast<QCheckBox*>(w))
            return codec::yesNo(b->isChecked());
        if (auto* p = qobject_cast<ClausePicker*>(w))
            return codec::list(p->selected());
        if (auto* l = qobject_cast<LinkedRecordList*>(w))
            return codec::list(l->ids());
        if (auto* table = qobject_cast<ItemStateTable*>(w))
            return table->text();
        if (auto* rows = qobject_cast<TableFieldEditor*>(w))
            return rows->text();
        return {};
    }

    // The declared "create" button of a link: saves pending edits, makes the other record linked
    // back to this one (newLinkedRecord) and opens it.
    void createLinked(const LinkDecl& link) {
        if (this->isNew() || this->isReadOnly())
            return;
        if (this->isDirty() && !this->save())
            return;
        visitRecordKind(link.other, [&](auto t) {
            using O = typename decltype(t)::type;
            const O other = newLinkedRecord<O>(this->m_record, link,
                                               {this->m_ws.clock().today(), this->m_ws.user().name});
            const typename RecordEditor::OwnWrite own(*this);
            auto created = this->m_ws.template records<O>().create(other);
            if (!created) {
                this->showError(created.error());
                return;
            }
            // The link lives on this record too: show it without disturbing other edits.
            this->reload();
            Q_EMIT this->saved(this->m_record.meta.id);
            Q_EMIT this->saved(created->meta.id);
            Q_EMIT this->openRequested(created->meta.id);
        });
    }

    // A record stored with the pending edits, for the table buttons that work on stored data.
    bool storedWithEdits() {
        if (this->isReadOnly())
            return false;
        return (!this->isNew() && !this->isDirty()) || this->save();
    }

    TableFieldEditor* tableWidget(const QString& key) const {
        for (const auto& [f, w] : m_widgets)
            if (key == QLatin1String(f->key))
                return qobject_cast<TableFieldEditor*>(w);
        return nullptr;
    }

    // A declared fill (an audit's checklist from its scope): the rows it adds are pending edits.
    void fillTable(const QString& key, const QString& fill) {
        TableFieldEditor* table = tableWidget(key);
        if (!table || !storedWithEdits())
            return;
        auto filled =
            TableActions::fill(this->m_ws, kindOf<R>, this->m_record.meta.id, table->text(), key, fill);
        if (!filled) {
            this->showError(filled.error());
            return;
        }
        table->setText(*filled);
        this->updateDirty();
    }

    // The row's declared record (a nonconformity from a checklist item), made, linked and opened.
    void createFromRow(const QString& key, int row) {
        if (!storedWithEdits())
            return;
        const typename RecordEditor::OwnWrite own(*this);
        auto created = TableActions::createFromRow(this->m_ws, this->m_record.meta.id, key, row);
        if (!created) {
            this->showError(created.error());
            return;
        }
        this->reload();
        Q_EMIT this->saved(this->m_record.meta.id);
        Q_EMIT this->saved(*created);
        Q_EMIT this->openRequested(*created);
    }

    QList<QPair<const FieldDef<R>*, QWidget*>> m_widgets;
    QList<QPushButton*> m_createButtons;
    int m_tableTabs = 0;
};

} // namespace

RecordEditor* makeGenericEditor(Workspace& ws, RecordKind kind, const QString& id, QWidget* parent) {
    return visitRecordKind(kind, [&](auto t) -> RecordEditor* {
        using R = typename decltype(t)::type;
        return new GenericEditor<R>(ws, id, parent);
    });
}

} // namespace qms::gui
