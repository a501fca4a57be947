#pragma once

#include "FormHelpers.h"
#include "LinkedRecordList.h"
#include "RecordEditor.h"
#include "domain/FieldCodec.h"
#include "domain/Permissions.h"
#include "storage/RecordTraits.h"
#include "storage/Workspace.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace qms::gui {

// A kind's own editor: `template <> struct EditorOf<R> { using type = XEditor; };` beside it. A kind
// without one is edited in the generic editor built from its declaration (GenericEditor.h).
template <typename R> struct EditorOf {};

// The record-type plumbing shared by the four editors: loading, dirty comparison on the canonical
// field texts (so typing a change and undoing it is not "modified"), create-or-save, field labels.
template <typename R> class TypedEditor : public RecordEditor {
protected:
    TypedEditor(Workspace& ws, const QString& id, QWidget* parent)
        : RecordEditor(ws, kindOf<R>, id, parent) {}

    // The stored record with the widgets' values applied.
    virtual R collect() const = 0;
    virtual void setStatus(R& record, int status) const = 0;

    RecordRepository<R>& repository() const { return m_ws.records<R>(); }

    bool loadStored(QString* error) override {
        auto r = repository().get(recordId());
        if (!r) {
            *error = r.error().describe();
            return false;
        }
        m_record = *r;
        showLinksNotInForm();
        return true;
    }

    // Links of the kind that its own editor does not show (declared since it was written: the
    // audits that found an NC) are listed read-only on the Links tab, each under its field label;
    // they are made from the other record.
    void showLinksNotInForm() {
        for (const LinkDecl& link : declOf<R>().links) {
            const QString key = QString::fromLatin1(link.field);
            const FieldDef<R>* f = findField<R>(key);
            if (!f || f->type != FieldType::IdList ||
                (fieldErrors().isRegistered(key) && !m_otherLinks.contains(key)))
                continue;
            LinkedRecordList*& list = m_otherLinks[key];
            if (!list) {
                auto* box = new QGroupBox(translateFieldLabel(f->label));
                list = new LinkedRecordList(m_ws, link.other, QString());
                list->setObjectName(QStringLiteral("links_") + key);
                list->setReadOnly(true);
                list->setProperty("qmsAlwaysReadOnly", true);
                (new QVBoxLayout(box))->addWidget(list);
                linksLayout()->insertWidget(0, box);
                registerField(key, list);
                connect(list, &LinkedRecordList::openRequested, this, &RecordEditor::openRequested);
            }
            list->setOwnId(m_record.meta.id);
            list->setIds(codec::parseList(f->get(m_record)));
            list->parentWidget()->setVisible(!list->ids().isEmpty());
        }
    }

    bool formDiffers() const override { return fieldValues(collect()) != fieldValues(m_record); }

    bool storedVersionDiffers() const override {
        auto stored = repository().get(recordId());
        return !stored || stored->meta.version != m_record.meta.version;
    }

    Result<QString> store(const SaveOptions& options, std::optional<int> targetStatus) override {
        R edited = collect();
        if (targetStatus)
            setStatus(edited, *targetStatus);
        auto r = isNew() ? repository().create(edited, options) : repository().save(edited, options);
        if (!r)
            return r.error();
        m_record = *r;
        return r->meta.id;
    }

    std::optional<SignatureMeaning> approvalFor(std::optional<int> targetStatus) const override {
        if constexpr (!requires(const R& r) { approvalMeaning(r, r); }) {
            return std::nullopt; // the kind has no signed approvals
        } else {
            // The form's edits count: an approval may be written rather than stepped into (an
            // audit's independence exception), and a new record may be one as it stands.
            R edited = collect();
            if (targetStatus)
                setStatus(edited, *targetStatus);
            const R none;
            return approvalMeaning(isNew() ? none : m_record, edited);
        }
    }

    QString fieldLabel(const QString& key) const override {
        const auto* f = findField<R>(key);
        if (f)
            return translateFieldLabel(f->label);
        if (key == QLatin1String("status_reason"))
            return RecordEditor::tr("Reason");
        return key;
    }

    QString displayValue(const QString& key, const QString& value) const override {
        const auto* f = findField<R>(key);
        return f && f->type == FieldType::Enum ? enumLabelForKey(value) : value;
    }

    Status editPermission() const override {
        return isNew() ? Permissions::canWrite(m_ws.user()) : Permissions::canEdit(m_ws.user(), m_record);
    }

    QString titleText() const override {
        if (isNew())
            return RecordEditor::tr("New %1").arg(inSentence(recordKindLabel(kind())));
        return QStringLiteral("%1 · %2").arg(m_record.meta.id, recordTitle(m_record));
    }

    R m_record;
    QHash<QString, LinkedRecordList*> m_otherLinks;
};

} // namespace qms::gui
