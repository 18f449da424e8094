#pragma once

#include "error.h"

#include <optional>
#include <utility>
#include <variant>

namespace store {

// A value or an Error, the payload of every future the store hands out.
// Default-constructible (QFuture's result store wants that) as a NotOpen error, which is
// also what a job that never ran would honestly report.
template <typename T>
class Result
{
public:
    using value_type = T;

    Result() : m_data(Error{Error::Code::NotOpen, 0, QString()}) {}
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class Result<void>
{
public:
    using value_type = void;

    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace store
