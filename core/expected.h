#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace rc::core {

/// An error that says what went wrong, where, and what to do. `location` is
/// "file:line:column" (or just "file") when there is one.
struct Error
{
    QString message;
    QString location;

    /// "location: message", or just the message when there is no location.
    QString toString() const { return location.isEmpty() ? message : location + QLatin1String(": ") + message; }
};

/// A value or an error: the result of an operation that can fail. No exceptions cross Qt code.
template<typename T>
class Expected
{
public:
    Expected(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Expected(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success without a value.
struct Done
{
};

} // namespace rc::core
