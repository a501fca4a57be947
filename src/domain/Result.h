#pragma once

#include <QList>
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace qms {

// What went wrong, in words a user can act on. The code lets callers (CLI exit codes, GUI dialogs)
// react without parsing the message.
enum class ErrorCode {
    Invalid,         // validation failed: see fields
    NotFound,        // no such record / file / user
    Forbidden,       // the acting user's role does not allow it
    Conflict,        // stale edit: someone else changed the record since it was read
    WorkflowRefused, // a status change the workflow does not allow (yet)
    Duplicate,       // an id or name that already exists
    NotAQmsFile,     // not a QMS Desk database (foreign SQLite or random bytes)
    NewerSchema,     // written by a newer QMS Desk
    Corrupt,         // integrity check failed, truncated file, broken audit chain
    Locked,          // another process holds the write lock for too long
    ReadOnly,        // opened for review, or read-only media
    Io,              // file system error: disk full, permission, missing file
    Cancelled,       // the user cancelled a long operation
    Unauthenticated, // a password is needed to act as this user, or the one given is wrong
    SignatureNeeded, // an approval that needs the signer's password re-entered (see Signature.h)
    Internal,        // a bug or an unexpected SQL error
};

// One problem with one field of a record, e.g. {"containment", "Describe the containment first"}.
struct FieldError {
    QString field;
    QString message;
    friend bool operator==(const FieldError&, const FieldError&) = default;
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QList<FieldError> fields;

    // The message followed by every field problem, one per line.
    QString describe() const;
    static Error invalid(QList<FieldError> fields, QString message = {});
};

// A value or an Error. std::expected is C++23; GCC 12 does not ship it.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message) {
    return Error{code, std::move(message), {}};
}

} // namespace qms
